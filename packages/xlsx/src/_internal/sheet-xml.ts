import { type Issue, ragLabels } from "@cja-kit/core";
import { columnLetters } from "./column-letters";
import { dateSerial } from "./date-serial";
import { rowHeight } from "./row-height";
import type { SharedStrings } from "./shared-strings";
import { sheetExtrasXml } from "./sheet-extras-xml";
import type { Cell, SheetSpec } from "./sheet-model";
import { STYLE, type WorkbookStyles } from "./styles";

/** Excel's limit on the characters in a cell. */
export const EXCEL_CELL_LIMIT = 32_767;

function cellText(cell: Cell): string | undefined {
  switch (cell.kind) {
    case "text":
    case "title":
    case "label":
      return cell.text;
    case "rag":
      return ragLabels[cell.rag];
    default:
      return undefined;
  }
}

/** Where a sheet's cells go: the workbook's shared strings and styles. */
export type SheetParts = { strings: SharedStrings; styles: WorkbookStyles };

function cellXml(ref: string, cell: Cell, text: string | undefined, parts: SheetParts): string {
  const style = parts.styles.of(cell);
  if (text !== undefined) return `<c r="${ref}" s="${style}" t="s"><v>${parts.strings.index(text)}</v></c>`;
  const value =
    cell.kind === "number" ? cell.value : cell.kind === "date" ? dateSerial(cell.date) : undefined;
  return value === undefined || !Number.isFinite(value)
    ? ""
    : `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
}

function tooLong(spec: SheetSpec, row: number, column: number, length: number): Issue {
  const label = spec.columns[column]?.label ?? columnLetters(column);
  return {
    code: "xlsx/cell-too-long",
    severity: "warning",
    message: `Cell ${columnLetters(column)}${row} of sheet "${spec.name}" holds ${length} characters; Excel shows at most ${EXCEL_CELL_LIMIT} of them (LibreOffice and other readers show all). The whole text is written; shorten it if the workbook is for Excel.`,
    path: [],
    sheet: spec.name,
    row,
    column: label,
  };
}

/** What every row of a sheet is written with: its spec, column letters and widths, parts, and issues met. */
type RowContext = {
  spec: SheetSpec;
  letters: readonly string[];
  widths: ReadonlyArray<number | undefined>;
  parts: SheetParts;
  issues: Issue[];
};

function rowXml(context: RowContext, cells: ReadonlyArray<Cell | undefined>, row: number): string {
  const { spec, letters, parts, issues } = context;
  const texts = cells.map((cell) => (cell === undefined ? undefined : cellText(cell)));
  let written = "";
  cells.forEach((cell, column) => {
    if (cell === undefined) return;
    const text = texts[column];
    if (text !== undefined && text.length > EXCEL_CELL_LIMIT)
      issues.push(tooLong(spec, row, column, text.length));
    written += cellXml(`${letters[column] ?? columnLetters(column)}${row}`, cell, text, parts);
  });
  const height = rowHeight(texts, context.widths);
  return `<row r="${row}"${height === undefined ? "" : ` ht="${height}"`}>${written}</row>`;
}

function headerXml(spec: SheetSpec, { strings }: SheetParts): string {
  const cells = spec.columns.map(
    (column, index) =>
      `<c r="${columnLetters(index)}1" s="${STYLE.header}" t="s"><v>${strings.index(column.label)}</v></c>`,
  );
  const height = rowHeight(
    spec.columns.map((column) => column.label),
    spec.columns.map((column) => column.width),
  );
  return `<row r="1"${height === undefined ? "" : ` ht="${height}"`}>${cells.join("")}</row>`;
}

function viewXml(spec: SheetSpec): string {
  const pane = spec.table
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : "";
  return `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`;
}

function colsXml(spec: SheetSpec): string {
  const cols = spec.columns.map(
    (column, index) =>
      `<col min="${index + 1}" max="${index + 1}" width="${column.width ?? 14}" customWidth="1"/>`,
  );
  return cols.length === 0 ? "" : `<cols>${cols.join("")}</cols>`;
}

/**
 * A worksheet's XML: the header row (tables only), the rows, then the filter, conditional
 * formats, lists and page set-up; with a warning for each cell longer than Excel shows.
 */
export function sheetXml(spec: SheetSpec, parts: SheetParts): { xml: string; issues: Issue[] } {
  const issues: Issue[] = [];
  const first = spec.table ? 2 : 1;
  const context: RowContext = {
    spec,
    letters: spec.columns.map((_, index) => columnLetters(index)),
    widths: spec.columns.map((column) => column.width),
    parts,
    issues,
  };
  const rows = spec.rows.map((cells, index) => rowXml(context, cells, first + index));
  const last = Math.max(first - 1 + spec.rows.length, 1);
  const xml = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    `<dimension ref="A1:${columnLetters(Math.max(spec.columns.length, 1) - 1)}${last}"/>`,
    viewXml(spec),
    '<sheetFormatPr defaultRowHeight="15"/>',
    colsXml(spec),
    `<sheetData>${spec.table ? headerXml(spec, parts) : ""}${rows.join("")}</sheetData>`,
    sheetExtrasXml(spec, last),
    "</worksheet>",
  ].join("");
  return { xml, issues };
}
