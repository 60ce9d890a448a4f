import { describeValue } from "../_internal/guard";
import { CjaKitError } from "../issue/cja-kit-error";
import type { TableReadOptions } from "./import-options";

const isCount = (value: unknown) => typeof value === "number" && Number.isSafeInteger(value) && value >= 1;
const isHeadings = (value: unknown) =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((target) => typeof target === "string");

/** A wrong value in words; a text is shown (its start), as the caller will look for it. */
const described = (value: unknown) =>
  typeof value === "string" ? `the text ${JSON.stringify(value.slice(0, 40))}` : describeValue(value);

/** Each table option, what it must be in words, and the test; an option left out takes its default. */
const RULES: ReadonlyArray<readonly [keyof TableReadOptions, string, (value: unknown) => boolean]> = [
  ["headings", "an object of headings, each naming what it holds as text", isHeadings],
  ["unknownColumns", '"keep" or "error"', (value) => value === "keep" || value === "error"],
  ["mergedCells", '"fill" or "keep-empty"', (value) => value === "fill" || value === "keep-empty"],
  ["maxColumns", "a whole number of 1 or more", isCount],
  ["maxCellLength", "a whole number of 1 or more", isCount],
];

/**
 * Refuses a table option ({@link TableReadOptions}: `headings`, `unknownColumns`, `mergedCells`,
 * `maxColumns`, `maxCellLength`) of the wrong type, naming it, rather than ignore it or fail
 * inside. Core's importers call it; a reader of another format (CSV, a workbook) calls it on the
 * options it passes on, with its own name, so the same option is refused with the same message
 * wherever it is given. An option left out or `undefined` takes its default; other keys, and
 * options that are not an object, are left to the caller's own checks.
 *
 * @param options - The options a reader was given.
 * @param fn - The name of the function the caller called, which the message starts with.
 * @throws CjaKitError `usage/invalid-argument`, with one issue whose path is the option
 *   (`options.maxColumns`), for the first table option of the wrong type (`maxColumns: -1`, `headings: 5`).
 * @example
 * ```ts
 * checkTableOptions({ maxColumns: 200 }, "readPlanCsv"); // passes
 * checkTableOptions({ mergedCells: "merge" }, "readPlanCsv"); // throws: readPlanCsv: options.mergedCells must be "fill" or "keep-empty", not the text "merge".
 * ```
 */
export function checkTableOptions(options: unknown, fn: string): void {
  if (typeof options !== "object" || options === null) return;
  for (const [name, expected, test] of RULES) {
    const value: unknown = (options as Record<string, unknown>)[name];
    if (value === undefined || test(value)) continue;
    const message = `${fn}: options.${name} must be ${expected}, not ${described(value)}.`;
    throw new CjaKitError("usage/invalid-argument", message, [
      { code: "usage/invalid-argument", severity: "error", message, path: [`options.${name}`] },
    ]);
  }
}
