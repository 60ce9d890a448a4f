import { cellLines, joinCellLines } from "../_internal/cell-lines";
import { invalidArgument } from "../_internal/guard";
import { hasMarks, readInline } from "../_internal/inline-marks";
import type { Parsed } from "../issue/issue";
import { parseTimescale } from "./parse-timescale";
import type { Timescale } from "./timescale";

/**
 * Reads a timescale cell written in core's cell notation (what {@link formatTimescale} writes):
 * marks (`__Year 1__`, `**…**`, `_…_`, `^…^`) become the timescale's `runs`, and the plain wording
 * is read by `parseTimescale` as it is. A backslash before `*`, `_` or `^` makes it text; a cell
 * with no marks gives the timescale `parseTimescale` gives for its wording, with no `runs`.
 *
 * @param text - The cell's text; lines separated by `\n`.
 * @returns The timescale and the issues `parseTimescale` met (`timescale/unparsed`, …); text that
 * is not a string gives an empty timescale and `usage/invalid-argument`.
 * @example
 * ```ts
 * parseTimescaleCell("__Year 1__ Complete data review").value.runs;
 * // [[{ text: "Year 1", underline: true }, { text: " Complete data review" }]]
 * ```
 */
export function parseTimescaleCell(text: string): Parsed<Timescale> {
  if (typeof text !== "string")
    return {
      value: { raw: "", segments: [] },
      issues: [invalidArgument("parseTimescaleCell", "the timescale cell as a string", text)],
    };
  const { lines, breaks } = cellLines(text);
  const runs = lines.map(readInline);
  const plain = joinCellLines(
    runs.map((line) => line.map((run) => run.text).join("")),
    breaks,
  );
  const parsed = parseTimescale(plain);
  if (!runs.some(hasMarks)) return parsed;
  return { value: { ...parsed.value, runs }, issues: parsed.issues };
}
