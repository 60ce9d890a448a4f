import { escapeXml } from "./ooxml-text";
import { filterRange } from "./sheet-extras-xml";
import type { SheetSpec } from "./sheet-model";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** `[Content_Types].xml` for a workbook of `count` sheets. */
export function contentTypesXml(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${SHEET_TYPE}"/>`,
  );
  return `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.join("")}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
}

/** `_rels/.rels`: the workbook and the document properties. */
export function rootRelsXml(): string {
  return `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
}

/** `xl/_rels/workbook.xml.rels`: the sheets, then styles and shared strings. */
export function workbookRelsXml(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  return `${DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.join("")}<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${count + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
}

const quotedName = (name: string) => `'${name.replace(/'/g, "''")}'`;

function definedNamesXml(sheets: ReadonlyArray<{ spec: SheetSpec; last: number }>): string {
  const names = sheets.flatMap(({ spec, last }, index) => {
    if (!spec.table) return [];
    const range = filterRange(spec, last).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    return [
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${escapeXml(`${quotedName(spec.name)}!${range}`)}</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(`${quotedName(spec.name)}!$1:$1`)}</definedName>`,
    ];
  });
  return names.length === 0 ? "" : `<definedNames>${names.join("")}</definedNames>`;
}

/** `xl/workbook.xml`: the sheets in order, the first one active, and each table's filter and print titles. */
export function workbookXml(sheets: ReadonlyArray<{ spec: SheetSpec; last: number }>): string {
  const list = sheets.map(
    ({ spec }, i) => `<sheet name="${escapeXml(spec.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  return `${DECLARATION}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets>${list.join("")}</sheets>${definedNamesXml(sheets)}<calcPr calcId="191029"/></workbook>`;
}

/** `docProps/core.xml`: title, creator, language and, when given, the created date. */
export function corePropertiesXml(title: string, created: string | undefined): string {
  const date =
    created === undefined
      ? ""
      : `<dcterms:created xsi:type="dcterms:W3CDTF">${escapeXml(created)}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${escapeXml(created)}</dcterms:modified>`;
  return `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:creator>cja-kit</dc:creator><dc:language>en-GB</dc:language>${date}</cp:coreProperties>`;
}

/** `docProps/app.xml`. */
export function appPropertiesXml(): string {
  return `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>cja-kit</Application></Properties>`;
}
