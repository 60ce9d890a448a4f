import type { Issue, SourceItem } from "@cja-kit/core";
import type { RawCell } from "./cell-value";
import { colourOnlyIssues } from "./colour-only";
import { parseCellRef } from "./column-letters";
import { keepIssue, overflowIssues } from "./issue-cap";
import { applyMerges } from "./merge-spans";
import { padRecords } from "./pad-records";
import { markRun, type OpenRun, openRun } from "./rich-runs";
import { closeRow, type OpenRow, placeCell, type RowSettings, type SheetTally } from "./sheet-rows";
import { attribute, type XmlHandlers } from "./xml-events";

type Settings = Omit<RowSettings, "hiddenColumns" | "hiddenColumnsSeen">;
type Text = "value" | "inline" | "formula" | undefined;
type State = {
  hiddenColumns: Set<number>;
  hiddenRuns?: Int32Array;
  zeroHeight: boolean;
  open?: OpenRow;
  previousRow: number;
  column: number;
  cell?: RawCell & { column: number };
  text: Text;
  /** The text of the element being read (saxes nearly always gives it in one event: no array a cell). */
  textSoFar: string;
  /** The inline rich-text run being read (`<is><r>`). */
  run?: OpenRun;
  phonetic: number;
  inSheetData: boolean;
  merges: string[];
};

const truthy = (value: string | undefined) => value === "1" || value === "true";

/**
 * Marks a `<col>` range hidden in a difference array (two writes, whatever the range), so that
 * many wide ranges cost no more than their count; the set is made once, when the rows begin.
 */
function hideColumns(state: State, attributes: Readonly<Record<string, string>>, maxColumns: number): void {
  if (!truthy(attribute(attributes, "hidden"))) return;
  const min = Math.max(1, Number(attribute(attributes, "min")));
  const max = Math.min(maxColumns, Number(attribute(attributes, "max") ?? min));
  if (!(min <= max)) return;
  state.hiddenRuns ??= new Int32Array(maxColumns + 1);
  state.hiddenRuns[min - 1] = (state.hiddenRuns[min - 1] ?? 0) + 1;
  state.hiddenRuns[max] = (state.hiddenRuns[max] ?? 0) - 1;
}

function startRows(state: State): void {
  state.inSheetData = true;
  let run = 0;
  state.hiddenRuns?.forEach((step, column) => {
    run += step;
    if (run > 0) state.hiddenColumns.add(column);
  });
}

function openRow(state: State, attributes: Readonly<Record<string, string>>): void {
  const given = Number(attribute(attributes, "r"));
  const row = Number.isInteger(given) && given > 0 ? given : state.previousRow + 1;
  // With zeroHeight, rows are hidden unless they carry a height of their own (ECMA-376 18.3.1.81).
  const hidden =
    truthy(attribute(attributes, "hidden")) ||
    (state.zeroHeight && attribute(attributes, "ht") === undefined);
  state.open = { row, hidden, cells: [], issues: [], beyond: 0, coloured: [] };
  state.column = -1;
}

function openCell(state: State, attributes: Readonly<Record<string, string>>): void {
  const ref = attribute(attributes, "r");
  const column = (ref === undefined ? undefined : parseCellRef(ref)?.column) ?? state.column + 1;
  state.column = column;
  state.cell = {
    column,
    type: attribute(attributes, "t") ?? "n",
    style: Number(attribute(attributes, "s") ?? 0) || 0,
  };
}

function startText(state: State, kind: Text): void {
  state.text = kind;
  state.textSoFar = "";
}

function endText(state: State): void {
  const cell = state.cell;
  if (cell === undefined || state.text === undefined) return;
  const text = state.textSoFar;
  if (state.text === "inline") {
    cell.inline = (cell.inline ?? "") + text;
    if (state.run !== undefined) state.run.text += text;
  } else cell[state.text] = text;
  state.text = undefined;
}

function onOpen(
  state: State,
  name: string,
  attributes: Readonly<Record<string, string>>,
  maxColumns: number,
): void {
  if (name === "c" && state.open !== undefined) openCell(state, attributes);
  else if (name === "v" && state.cell !== undefined) startText(state, "value");
  else if (name === "f" && state.cell !== undefined) startText(state, "formula");
  else if (name === "t" && state.cell !== undefined && state.phonetic === 0) startText(state, "inline");
  else if (name === "rPh") state.phonetic += 1;
  else if (name === "row" && state.inSheetData) openRow(state, attributes);
  else if (name === "col") hideColumns(state, attributes, maxColumns);
  else if (name === "sheetData") startRows(state);
  else if (name === "sheetFormatPr") state.zeroHeight = truthy(attribute(attributes, "zeroHeight"));
  else if (name === "mergeCell") state.merges.push(attribute(attributes, "ref") ?? "");
  else if (name === "r" && state.cell !== undefined && state.phonetic === 0) state.run = openRun();
  else if (state.run !== undefined) markRun(state.run, name, attributes);
}

function closeRun(state: State): void {
  if (state.run === undefined || state.cell === undefined) return;
  state.cell.runs ??= [];
  state.cell.runs.push(state.run);
  state.run = undefined;
}

/**
 * Reads a worksheet's XML events into records, one per row with text, and issues in file order;
 * `finish` then gives merged cells to their records as spans. Rows with no text make no record,
 * so a spacer row shows as a gap in the row numbers.
 */
export function sheetReader(settings: Settings): {
  handlers: XmlHandlers;
  finish: (stopped?: Issue) => SourceItem[];
} {
  const state: State = {
    hiddenColumns: new Set(),
    zeroHeight: false,
    previousRow: 0,
    column: -1,
    text: undefined,
    textSoFar: "",
    phonetic: 0,
    inSheetData: false,
    merges: [],
  };
  const rowSettings: RowSettings = {
    ...settings,
    hiddenColumns: state.hiddenColumns,
    hiddenColumnsSeen: new Set(),
  };
  const tally: SheetTally = {
    items: [],
    records: new Map(),
    cellsUsed: 0,
    full: false,
    issuesKept: new Map(),
    overflow: new Map(),
    coloured: [],
    colouredMore: 0,
  };
  const handlers: XmlHandlers = {
    open: (name, attributes) => onOpen(state, name, attributes, settings.maxColumns),
    text: (text) => {
      if (state.text !== undefined) state.textSoFar += text;
    },
    close(name) {
      if (name === "v" || name === "f" || name === "t") endText(state);
      else if (name === "rPh") state.phonetic -= 1;
      else if (name === "r") closeRun(state);
      else if (name === "c" && state.cell !== undefined && state.open !== undefined) {
        placeCell(state.open, state.cell.column, state.cell, rowSettings);
        state.cell = undefined;
      } else if (name === "row" && state.open !== undefined) {
        closeRow(state.open, rowSettings, tally, state.previousRow);
        state.previousRow = Math.max(state.previousRow, state.open.row);
        state.open = undefined;
      } else if (name === "sheetData") state.inSheetData = false;
    },
    done: () => tally.full,
  };
  const finish = (stopped?: Issue): SourceItem[] => {
    // A row cut off by a damaged part keeps the cells read before the damage.
    if (state.open !== undefined) closeRow(state.open, rowSettings, tally, state.previousRow);
    const spans = applyMerges(
      tally.records,
      state.merges,
      settings.sheet,
      tally.cellsUsed + tally.records.size,
    ).filter((issue) => keepIssue(tally.issuesKept, tally.overflow, issue));
    const width = padRecords(tally.items, settings.maxCells - tally.cellsUsed);
    const coloured = colourOnlyIssues(
      tally.coloured,
      tally.colouredMore,
      state.merges,
      width,
      settings.sheet,
    );
    const where = { sheet: settings.sheet, row: state.open?.row ?? state.previousRow + 1 };
    const end =
      stopped === undefined
        ? []
        : [
            {
              issue: {
                ...stopped,
                ...where,
                message: `${stopped.message} Rows from ${where.row} on are not read.`,
              },
            },
          ];
    return [
      ...tally.items,
      ...spans.map((issue) => ({ issue })),
      ...coloured
        .filter((issue) => keepIssue(tally.issuesKept, tally.overflow, issue))
        .map((issue) => ({ issue })),
      ...overflowIssues(tally.overflow, settings.sheet).map((issue) => ({ issue })),
      ...end,
    ];
  };
  return { handlers, finish };
}
