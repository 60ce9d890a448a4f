import type { CellRun, CellSpan, Issue, SourceItem } from "@cja-kit/core";
import { type CellContext, type CellProblem, cellValue, type RawCell } from "./cell-value";
import { COLOURED_KEPT, type ColouredCell } from "./colour-only";
import { columnLetters } from "./column-letters";
import { type IssueOverflow, keepIssue } from "./issue-cap";
import { cellName, xlsxIssue } from "./xlsx-issue";

/** Limits and facts a sheet's rows are read with. */
export type RowSettings = CellContext & {
  sheet: string;
  maxColumns: number;
  maxCells: number;
  hiddenColumns: ReadonlySet<number>;
  /** Hidden columns already named, each once. */
  hiddenColumnsSeen: Set<number>;
};

/** A row being read: its number, whether it is hidden, its cells' text so far and what to say about them. */
export type OpenRow = {
  row: number;
  hidden: boolean;
  cells: string[];
  /** Rich-text cells' runs, by column. */
  runs?: (CellRun[] | undefined)[];
  issues: Issue[];
  beyond: number;
  firstBeyond?: string;
  /** Cells with a fill colour and no text: named if the row has text. */
  coloured: ColouredCell[];
};

/** What the rows read so far hold: the items in file order, the rows' records by number, the cells used. */
export type SheetTally = {
  items: SourceItem[];
  /** Issues kept so far by code, and those past the cap. */
  issuesKept: Map<string, number>;
  overflow: IssueOverflow;
  records: Map<
    number,
    { row: number; cells: string[]; spans?: CellSpan[]; runs?: (CellRun[] | undefined)[] }
  >;
  cellsUsed: number;
  full: boolean;
  /** Coloured cells with no text in rows with text, the first COLOURED_KEPT; and how many more. */
  coloured: ColouredCell[];
  colouredMore: number;
};

const problemIssue = (settings: RowSettings, row: number, column: number, problem: CellProblem): Issue =>
  xlsxIssue(
    problem.code,
    problem.severity,
    `Cell ${cellName(column, row)} of sheet "${settings.sheet}" ${problem.message}`,
    {
      sheet: settings.sheet,
      row,
      column,
      ...(problem.actual === undefined ? {} : { actual: problem.actual }),
    },
  );

function keepRuns(open: OpenRow, column: number, runs: CellRun[]): void {
  open.runs ??= [];
  while (open.runs.length < column) open.runs.push(undefined);
  open.runs[column] = runs;
}

/** Places a finished cell in its row: its text, or an issue naming it when it cannot be placed. */
export function placeCell(open: OpenRow, column: number, raw: RawCell, settings: RowSettings): void {
  const { text, problems, runs } = cellValue(raw, settings);
  if (column >= settings.maxColumns) {
    if (text.length > 0 || problems.length > 0) {
      open.beyond += 1;
      open.firstBeyond ??= `${cellName(column, open.row)} "${text}"`;
    }
    return;
  }
  for (const problem of problems) open.issues.push(problemIssue(settings, open.row, column, problem));
  if (text.length === 0) {
    const colour = problems.length === 0 ? settings.fills?.[raw.style] : undefined;
    if (colour !== undefined) open.coloured.push({ row: open.row, column, colour });
    return;
  }
  if ((open.cells[column] ?? "").length > 0) {
    open.issues.push(
      xlsxIssue(
        "duplicate-cell",
        "error",
        `Cell ${cellName(column, open.row)} of sheet "${settings.sheet}" is written twice; the first text, "${open.cells[column]}", is read and this one is not.`,
        { sheet: settings.sheet, row: open.row, column, actual: text },
      ),
    );
    return;
  }
  while (open.cells.length < column) open.cells.push("");
  open.cells[column] = text;
  if (runs !== undefined) keepRuns(open, column, runs);
  if (settings.hiddenColumns.has(column) && !settings.hiddenColumnsSeen.has(column)) {
    settings.hiddenColumnsSeen.add(column);
    open.issues.push(
      xlsxIssue(
        "hidden-column",
        "warning",
        `Column ${columnLetters(column)} of sheet "${settings.sheet}" is hidden; its cells are read all the same (the first at ${cellName(column, open.row)}).`,
        { sheet: settings.sheet, row: open.row, column },
      ),
    );
  }
}

function rowIssues(open: OpenRow, settings: RowSettings): Issue[] {
  const place = { sheet: settings.sheet, row: open.row };
  const issues: Issue[] = [];
  if (open.hidden && open.cells.length > 0)
    issues.push(
      xlsxIssue(
        "hidden-row",
        "warning",
        `Row ${open.row} of sheet "${settings.sheet}" is hidden; its cells are read all the same. Check that it belongs with the rest.`,
        place,
      ),
    );
  if (open.beyond > 0)
    issues.push(
      xlsxIssue(
        "too-many-columns",
        "error",
        `Row ${open.row} of sheet "${settings.sheet}" has ${open.beyond} cells beyond column ${columnLetters(settings.maxColumns - 1)} (maxColumns ${settings.maxColumns}), from ${open.firstBeyond}; they are not read.`,
        place,
      ),
    );
  return [...issues, ...open.issues];
}

/** Keeps a row's coloured cells with no text, up to COLOURED_KEPT for the sheet, counting the rest. */
function keepColoured(open: OpenRow, tally: SheetTally): void {
  for (const cell of open.coloured)
    if (tally.coloured.length < COLOURED_KEPT) tally.coloured.push(cell);
    else tally.colouredMore += 1;
}

/** Ends a row: its issues, then its record when any cell has text; false once the sheet is past `maxCells`. */
export function closeRow(open: OpenRow, settings: RowSettings, tally: SheetTally, previous: number): boolean {
  if (tally.full) return false;
  const cells = open.cells;
  while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
  if (tally.cellsUsed + cells.length > settings.maxCells) {
    tally.full = true;
    tally.items.push({
      issue: xlsxIssue(
        "too-many-cells",
        "error",
        `Sheet "${settings.sheet}" holds more than ${settings.maxCells} cells (maxCells); rows from ${open.row} on are not read.`,
        { sheet: settings.sheet, row: open.row },
      ),
    });
    return false;
  }
  if (open.row <= previous)
    tally.items.push({
      issue: xlsxIssue(
        "row-out-of-order",
        "warning",
        `Row ${open.row} of sheet "${settings.sheet}" comes after row ${previous} in the file; it is read where it comes.`,
        { sheet: settings.sheet, row: open.row },
      ),
    });
  for (const issue of rowIssues(open, settings))
    if (keepIssue(tally.issuesKept, tally.overflow, issue)) tally.items.push({ issue });
  if (cells.length === 0) return true;
  keepColoured(open, tally);
  const record =
    open.runs === undefined ? { row: open.row, cells } : { row: open.row, cells, runs: open.runs };
  tally.cellsUsed += cells.length;
  if (!tally.records.has(open.row)) tally.records.set(open.row, record);
  tally.items.push(record);
  return true;
}
