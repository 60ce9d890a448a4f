import type { Issue, SourceRecord } from "@cja-kit/core";

/** The limits a reader that does not go through core's table engine applies itself. */
export type RecordLimits = { maxColumns?: number; maxCellLength?: number };

/**
 * A record within the limits, as core's table engine holds every table to them: cells beyond
 * `maxColumns` are left out, and a row with a cell longer than `maxCellLength` is left out whole,
 * each with an error naming the row (the same codes as the engine's).
 */
export function withinLimits(
  record: SourceRecord,
  limits: RecordLimits,
): { record?: SourceRecord; issues: Issue[] } {
  const maxColumns = limits.maxColumns ?? 1000;
  const maxCellLength = limits.maxCellLength ?? 1_000_000;
  const issues: Issue[] = [];
  let cells = record.cells;
  if (cells.length > maxColumns) {
    cells = cells.slice(0, maxColumns);
    issues.push({
      code: "table/too-many-columns",
      severity: "error",
      message: `This row has more than ${maxColumns} cells; at most ${maxColumns} are read (maxColumns), so the cells from column ${maxColumns + 1} on were left out.`,
      path: [],
      row: record.row,
      column: `Column ${maxColumns + 1}`,
    });
  }
  const long = cells.findIndex((cell) => cell.length > maxCellLength);
  if (long < 0) return { record: { ...record, cells }, issues };
  issues.push({
    code: "table/cell-too-large",
    severity: "error",
    message: `This cell holds ${(cells[long]?.length ?? 0).toLocaleString("en-GB")} characters; at most ${maxCellLength.toLocaleString("en-GB")} are read (maxCellLength). The row was left out.`,
    path: [],
    row: record.row,
    column: `Column ${long + 1}`,
  });
  return { issues };
}
