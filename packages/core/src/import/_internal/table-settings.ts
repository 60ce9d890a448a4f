import { describeValue } from "../../_internal/guard";
import { CjaKitError } from "../../issue/cja-kit-error";
import { headingKey } from "../../plan/match-field";
import type { TableReadOptions, TableSettings } from "../import-options";

const isCount = (value: unknown) => typeof value === "number" && Number.isSafeInteger(value) && value >= 1;
const isHeadings = (value: unknown) =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((target) => typeof target === "string");

/** Each table option, what it must be in words, and the test; an option left out takes its default. */
const RULES: ReadonlyArray<readonly [keyof TableReadOptions, string, (value: unknown) => boolean]> = [
  ["headings", "an object of headings, each naming what it holds as text", isHeadings],
  ["unknownColumns", '"keep" or "error"', (value) => value === "keep" || value === "error"],
  ["mergedCells", '"fill" or "keep-empty"', (value) => value === "fill" || value === "keep-empty"],
  ["maxColumns", "a whole number of 1 or more", isCount],
  ["maxCellLength", "a whole number of 1 or more", isCount],
];

/** Refuses a table option of the wrong type, naming it, rather than ignore it. */
function checkTableOptions(options: TableReadOptions): void {
  for (const [name, expected, test] of RULES) {
    const value: unknown = options[name];
    if (value === undefined || test(value)) continue;
    const message = `options.${name} must be ${expected}, but was given ${describeValue(value)}.`;
    throw new CjaKitError("usage/invalid-argument", message, [
      { code: "usage/invalid-argument", severity: "error", message, path: ["options", name] },
    ]);
  }
}

/**
 * Options with every default applied, once per table; the caller's headings keyed for matching.
 * An option of the wrong type is `CjaKitError` `usage/invalid-argument`, never ignored.
 */
export function tableSettings(options: TableReadOptions): TableSettings {
  checkTableOptions(options);
  return {
    headings: new Map(
      Object.entries(options.headings ?? {}).map(([heading, target]) => [headingKey(heading), target]),
    ),
    unknownColumns: options.unknownColumns ?? "keep",
    mergedCells: options.mergedCells ?? "fill",
    maxColumns: options.maxColumns ?? 1000,
    maxCellLength: options.maxCellLength ?? 1_000_000,
  };
}
