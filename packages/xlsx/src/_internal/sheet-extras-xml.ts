import { canonicalStatuses, ragLabels } from "@cja-kit/core";
import { columnLetters } from "./column-letters";
import { escapeXml } from "./ooxml-text";
import type { ColumnList, SheetSpec } from "./sheet-model";
import { RAG_ORDER } from "./styles";

const LISTS: Readonly<Record<ColumnList, readonly string[]>> = {
  status: canonicalStatuses,
  rag: RAG_ORDER.map((rag) => ragLabels[rag]),
};

/** The cells of a column below the header, at least one row so an empty table still has its lists. */
const columnRange = (index: number, last: number) =>
  `${columnLetters(index)}2:${columnLetters(index)}${Math.max(last, 2)}`;

function validationsXml(spec: SheetSpec, last: number): string {
  const rules = spec.columns.flatMap((column, index) => {
    if (column.list === undefined) return [];
    // A list given in the formula is a quoted, comma-separated string (ECMA-376 18.3.1.32).
    const values = escapeXml(`"${LISTS[column.list].join(",")}"`);
    return [
      `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${escapeXml(column.label)}" error="Choose one of the list's values." sqref="${columnRange(index, last)}"><formula1>${values}</formula1></dataValidation>`,
    ];
  });
  return rules.length === 0
    ? ""
    : `<dataValidations count="${rules.length}">${rules.join("")}</dataValidations>`;
}

function ragFormatsXml(spec: SheetSpec, last: number): string {
  let priority = 0;
  return spec.columns
    .flatMap((column, index) => {
      if (column.list !== "rag" && column.ragColours !== true) return [];
      const rules = RAG_ORDER.map((rag, dxf) => {
        priority += 1;
        return `<cfRule type="cellIs" dxfId="${dxf}" priority="${priority}" operator="equal"><formula>${escapeXml(`"${ragLabels[rag]}"`)}</formula></cfRule>`;
      });
      return [
        `<conditionalFormatting sqref="${columnRange(index, last)}">${rules.join("")}</conditionalFormatting>`,
      ];
    })
    .join("");
}

/** The range a table's filter covers: the header and every row. */
export function filterRange(spec: SheetSpec, last: number): string {
  return `A1:${columnLetters(Math.max(spec.columns.length, 1) - 1)}${Math.max(last, 1)}`;
}

/**
 * What follows a sheet's data, in the order the schema requires: the filter (tables), the
 * rating colours that follow the word, the lists, and an A4 landscape page one page wide.
 */
export function sheetExtrasXml(spec: SheetSpec, last: number): string {
  return [
    spec.table ? `<autoFilter ref="${filterRange(spec, last)}"/>` : "",
    ragFormatsXml(spec, last),
    validationsXml(spec, last),
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
  ].join("");
}
