import {
  type Checked,
  hasErrors,
  type IndicatorSet,
  type Issue,
  indicatorColumns,
  type OutcomeRegistry,
  validateIndicatorSet,
} from "@cja-kit/core";
import { checkObjectOption } from "../_internal/arguments";
import { indicatorsFromSheet } from "../_internal/indicator-rows";
import { fromSheet, onSheet, readSheet } from "../_internal/read-sheet";
import { SHEET_NAMES } from "../_internal/sheet-names";
import { simpleTable } from "../_internal/simple-table";
import type { SheetRecordsOptions } from "./read-options";

/**
 * Options for {@link readIndicatorsXlsx}: the set's title, owner and other parts a sheet does not
 * hold, the framework bare outcome codes belong to, and which sheet and limits.
 *
 * @example
 * ```ts
 * const options: ReadIndicatorsXlsxOptions = { set: { title: "Table 2 Social work orders", authority: nationalBodies["scottish-government"] } };
 * ```
 */
export type ReadIndicatorsXlsxOptions = SheetRecordsOptions & {
  /** The set's title, owner, period and source: everything but its indicators. */
  set: Omit<IndicatorSet, "indicators">;
  /** The framework bare outcome codes in an Outcome refs column belong to. @defaultValue "nab-2008" */
  framework?: string;
  /** The registry outcome references are read and checked in. @defaultValue core's built-in registry */
  registry?: OutcomeRegistry;
};

/** A check's issue at the sheet row of the indicator its path names. */
function locate(issue: Issue, rows: readonly number[]): Issue {
  const index = issue.path[0] === "indicators" ? issue.path[1] : undefined;
  const row = typeof index === "number" ? rows[index] : undefined;
  return row === undefined || issue.row !== undefined ? issue : { ...issue, row };
}

const key = (label: string) => label.toLowerCase().replace(/[^a-z]/g, "");
const NAMES = new Set(
  indicatorColumns.filter((c) => c.field === "name" || c.field === "id").map((c) => key(c.label)),
);
const isHeader = (cells: readonly string[]) => cells.some((cell) => NAMES.has(key(cell)));

function noHeading(sheet: string | undefined): Issue {
  return {
    code: "table/no-heading-row",
    severity: "error",
    message: `The sheet has no heading row: an indicator table starts with a row of headings naming the indicator ("Indicator" or "Id"), its fields (${indicatorColumns.map((c) => c.label).join(", ")}) and a column per period.`,
    path: [],
    ...(sheet === undefined ? {} : { sheet }),
  };
}

/**
 * Reads an indicator set from a worksheet laid out as the wide table officers keep and
 * {@link writeWorkbook} writes ("one column per year"): a heading row naming the indicator's
 * fields (core's `indicatorColumns`: Indicator, Indicator Type, Reporting Measure, Data Source,
 * Unit, Direction, Baseline, Target; and its details, `indicatorDetailColumns`: Actual, Target
 * scope, Tolerance, Action, Outcome refs, Framework indicator, Source), every other column a
 * period headed as written (footnote markers kept apart: `2016-17 7,8`), one row per indicator.
 * Each figure is read as the user saw it (a number cell in its format, `20,508`; `..` and `*`
 * kept as not available and suppressed) with core's `parseFigure`, its wording kept. A title above
 * the heading row is passed over with an info issue; cells merged over rows are filled down; a
 * cell under no heading is reported. The set is checked with core's `validateIndicatorSet`.
 * Every non-empty cell ends in the set or in an issue naming its sheet and row.
 *
 * @param bytes - The .xlsx file.
 * @param options - The set's title and owner (a sheet does not say them), the framework of bare
 *   outcome codes, the sheet (default: "Indicators" where the workbook has it, else the first
 *   visible worksheet) and the limits.
 * @returns The set, or the issues that stop it; issues carry the sheet, the row and the column
 *   (its heading for core's issues, its letters for the sheet's own).
 * @throws CjaKitError `usage/invalid-argument` when `bytes` is not a Uint8Array or ArrayBuffer, or `options` is not an object.
 * @example
 * ```ts
 * const read = readIndicatorsXlsx(bytes, { set: { title: "Table 2 Social work orders", authority } });
 * if (read.ok) read.value.indicators.map((i) => i.series?.length);
 * ```
 */
export function readIndicatorsXlsx(
  bytes: Uint8Array | ArrayBuffer,
  options: ReadIndicatorsXlsxOptions,
): Checked<IndicatorSet> {
  checkObjectOption(options, "set", "readIndicatorsXlsx");
  const read = readSheet(bytes, options, SHEET_NAMES.indicators, "readIndicatorsXlsx");
  const table = simpleTable(read.items, isHeader, read.sheet);
  if (!("header" in table))
    return fromSheet({ ok: false, issues: [...table.issues, noHeading(read.sheet)] }, read);
  const found = indicatorsFromSheet(table, options);
  const checked = validateIndicatorSet({ ...options.set, indicators: found.indicators }, options);
  const issues = [...table.issues, ...found.issues, ...checked.issues.map((i) => locate(i, found.rows))];
  const ok = checked.ok && !hasErrors(issues);
  return onSheet(ok ? { ok, value: checked.value, issues } : { ok: false, issues }, read.sheet);
}
