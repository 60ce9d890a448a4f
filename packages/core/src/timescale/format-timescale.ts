import { cellLines, joinCellLines } from "../_internal/cell-lines";
import { guarded } from "../_internal/guard";
import { readInline, sameRuns, writeInline } from "../_internal/inline-marks";
import type { Run } from "../content/content";
import { Timescale } from "./timescale";

/** A line's runs in the mark notation, escaped only where it would not read back. */
function lineText(runs: readonly Run[]): string {
  const plain = writeInline(runs, false);
  return sameRuns(readInline(plain), runs) ? plain : writeInline(runs, true);
}

/**
 * A timescale as a table cell: its wording as written, with the marks of its `runs` in core's cell
 * notation (`__Year 1__ Complete data review`), as `parseContent` reads content cells. Where the
 * wording itself holds `*`, `_` or `^` that would read as a mark, each gets a backslash, so the
 * cell reads back as the same timescale (CSV and xlsx cells, the import pipeline).
 *
 * @param timescale - A timescale, e.g. from `parseTimescale` or a plan.
 * @returns The cell's text, lines joined as in `raw`.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * formatTimescale({
 *   raw: "Year 1 Complete data review",
 *   segments: parseTimescale("Year 1 Complete data review").value.segments,
 *   runs: [[{ text: "Year 1", underline: true }, { text: " Complete data review" }]],
 * }); // "__Year 1__ Complete data review"
 * ```
 */
export function formatTimescale(timescale: Timescale): string {
  return guarded(
    "formatTimescale",
    () => [["timescale", Timescale, timescale]],
    () => formatTimescaleOf(timescale),
  );
}

const joined = (runs: readonly Run[] | undefined): string | undefined =>
  runs?.map((run) => run.text).join("");

function formatTimescaleOf(timescale: Timescale): string {
  const { lines, breaks } = cellLines(timescale.raw);
  const runs = timescale.runs;
  // Runs that are not the wording would write another timescale: fail, so the guard names the argument.
  if (
    runs !== undefined &&
    (runs.length !== lines.length || lines.some((line, i) => joined(runs[i]) !== line))
  )
    throw new TypeError("The timescale's runs are not its wording.");
  const written = lines.map((line, i) =>
    lineText(timescale.runs?.[i] ?? (line.length === 0 ? [] : [{ text: line }])),
  );
  return joinCellLines(written, breaks);
}
