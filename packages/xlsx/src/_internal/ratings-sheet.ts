import { type ActionAssessment, canonicalStatusLabels, contentText, type Theme } from "@cja-kit/core";
import { type Cell, type SheetColumn, type SheetSpec, sheetColumns, text } from "./sheet-model";
import { SHEET_NAMES } from "./sheet-names";

type RatingColumn = SheetColumn & { cell: (a: ActionAssessment) => Cell | undefined };

const themeWords = (theme: Theme | undefined) =>
  theme === undefined ? undefined : [theme.number, theme.title].filter(Boolean).join(" ");

/** The action's own wording, cut to its first line: which action a rating is for, in words. */
function wording(a: ActionAssessment): string | undefined {
  const { action } = a.located;
  const words = contentText(action.title ?? action.aim ?? action.objective ?? action.rows[0]?.detail ?? []);
  return words.split("\n")[0];
}

const COLUMNS: readonly RatingColumn[] = [
  { label: "Theme", width: 30, cell: (a) => text(themeWords(a.located.themes.at(-1))) },
  { label: "Action", width: 10, cell: (a) => text(a.actionNumber) },
  {
    label: "Row",
    width: 6,
    cell: (a) => (a.row === undefined ? undefined : { kind: "number", value: a.row + 1, format: "General" }),
  },
  { label: "Action wording", width: 48, cell: (a) => text(wording(a)) },
  { label: "Status", width: 18, cell: (a) => text(canonicalStatusLabels[a.status]) },
  { label: "RAG", width: 11, list: "rag", cell: (a) => ({ kind: "rag", rag: a.rag }) },
  { label: "Due", width: 20, cell: (a) => (a.due === undefined ? undefined : { kind: "date", date: a.due }) },
  { label: "Rated at", width: 20, cell: (a) => ({ kind: "date", date: a.at }) },
  { label: "Why", width: 60, cell: (a) => text(a.because) },
];

/**
 * The ratings sheet: the status and rating `assessPlan` gives each action (or action row) of the
 * plan on its return, with its due date, the date rated at and the reason in words. It is worked
 * out from the Plan and Progress sheets, not data of its own: readers of the plan never read it.
 */
export function ratingsSheet(assessments: readonly ActionAssessment[]): SheetSpec {
  return {
    name: SHEET_NAMES.ratings,
    table: true,
    columns: sheetColumns(COLUMNS),
    rows: assessments.map((a) => COLUMNS.map((column) => column.cell(a))),
  };
}
