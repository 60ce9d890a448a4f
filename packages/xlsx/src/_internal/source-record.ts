import type { Issue } from "@cja-kit/core";

// The contract between a source of records and core's import pipeline
// (shared/design/import-pipeline.md). Declared here until core exports it: then these three
// types are core's `SourceRecord`, `CellSpan` and `SourceItem`, and this file goes.

/**
 * A merged cell: the record's column (from 0) where it starts, and how many rows and columns it
 * covers. The contract of core's import pipeline, declared here until core exports it.
 *
 * @example
 * ```ts
 * const title: CellSpan = { column: 0, rows: 1, columns: 6 }; // A1:F1 merged
 * ```
 */
export type CellSpan = { column: number; rows: number; columns: number };

/**
 * One row of a sheet: its number (from 1) and the text of each cell as the user saw it, from
 * column A, with the merged cells that start in it. The contract of core's import pipeline,
 * declared here until core exports it.
 *
 * @example
 * ```ts
 * const record: SourceRecord = { row: 7, cells: ["1.10", "Attendance at ICM case conferences", "July 2008"] };
 * ```
 */
export type SourceRecord = { row: number; cells: readonly string[]; spans?: readonly CellSpan[] };

/**
 * A record, or an issue met reading the source, in file order. The contract of core's import
 * pipeline, declared here until core exports it.
 *
 * @example
 * ```ts
 * for (const item of sheetRecords(bytes)) if ("issue" in item) console.warn(item.issue.message);
 * ```
 */
export type SourceItem = SourceRecord | { issue: Issue };
