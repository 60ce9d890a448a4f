import type { ImportResult, Issue, MappedColumn } from "@cja-kit/core";
import type { RewriteNote } from "./spreadsheet-rewrites";

/** Columns whose cells are numbers a spreadsheet may shorten: action numbers, key measures, theme numbers. */
function numbered(column: MappedColumn | undefined): boolean {
  const role = column?.role;
  if (role === undefined) return false;
  if (role.kind === "field") return role.column.field === "number" || role.column.field === "measure";
  return (
    (role.kind === "theme" && role.part === "number") || (role.kind === "return" && role.part === "action")
  );
}

/** Columns that hold dates in a spreadsheet's form by design (the day a return was made). */
const dated = (column: MappedColumn | undefined): boolean =>
  column?.role.kind === "return" && column.role.part === "reportedOn";

function issueOf(note: RewriteNote, column: MappedColumn | undefined): Issue {
  const where = {
    code: "csv/spreadsheet-rewrite",
    severity: "warning" as const,
    path: [],
    row: note.row,
    column: column?.key ?? `Column ${note.index + 1}`,
    actual: note.cell,
  };
  return note.kind === "number"
    ? {
        ...where,
        message: `"${note.cell}" follows the number before it as ${note.was} would: a spreadsheet that opened this file may have turned ${note.was} into ${note.cell}. It is kept as written; check it against the source, or write the file with protectValues.`,
        actionNumber: note.cell,
      }
    : {
        ...where,
        message: `"${note.cell}" is how a spreadsheet writes back a date it read from ${note.was}; if the file was opened and saved in one, the original wording is lost. It is kept as written; check it against the source, or write the file with protectValues.`,
      };
}

/** The import's result with a warning for each cell that reads as a spreadsheet's rewriting, in its column. */
export function withRewrites<T>(result: ImportResult<T>, notes: readonly RewriteNote[]): ImportResult<T> {
  const columns = new Map(result.report.columns.map((column) => [column.index, column]));
  const issues = notes.flatMap((note) => {
    const column = columns.get(note.index);
    if (note.row === result.report.headingRow || dated(column)) return [];
    if (note.kind === "number" && !numbered(column)) return [];
    return [issueOf(note, column)];
  });
  return issues.length === 0 ? result : { ...result, issues: [...result.issues, ...issues] };
}
