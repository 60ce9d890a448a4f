import type { Issue } from "@cja-kit/core";
import {
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  rootRelsXml,
  workbookRelsXml,
  workbookXml,
} from "./package-xml";
import { sharedStrings } from "./shared-strings";
import type { SheetSpec } from "./sheet-model";
import { sheetXml } from "./sheet-xml";
import { workbookStyles } from "./styles";
import { zipWorkbook } from "./zip-workbook";

/**
 * The second stage of writing a workbook: sheets whose cells are made, as .xlsx bytes (each
 * sheet's XML, the shared strings and styles they use, the package parts, zipped), with a
 * warning for each cell longer than Excel shows. `created` dates the workbook and its zip entries.
 */
export function packWorkbook(
  sheets: readonly SheetSpec[],
  title: string,
  created: string | undefined,
): { bytes: Uint8Array<ArrayBuffer>; issues: Issue[] } {
  const parts = { strings: sharedStrings(), styles: workbookStyles() };
  const written = sheets.map((spec) => ({
    spec,
    ...sheetXml(spec, parts),
    last: (spec.table ? 1 : 0) + spec.rows.length,
  }));
  const entries: Array<[string, string]> = [
    ["[Content_Types].xml", contentTypesXml(sheets.length)],
    ["_rels/.rels", rootRelsXml()],
    ["docProps/core.xml", corePropertiesXml(title, created)],
    ["docProps/app.xml", appPropertiesXml()],
    ["xl/workbook.xml", workbookXml(written)],
    ["xl/_rels/workbook.xml.rels", workbookRelsXml(sheets.length)],
    ["xl/styles.xml", parts.styles.xml()],
    ...written.map(({ xml }, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
    ["xl/sharedStrings.xml", parts.strings.xml()],
  ];
  return { bytes: zipWorkbook(entries, created), issues: written.flatMap((w) => w.issues) };
}
