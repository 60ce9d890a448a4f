import { canonicalStatuses, type Issue, type RollUp, ragLabels, rags } from "@cja-kit/core";
import { checkArray, checkObject, guarded, isObject } from "./_internal/arguments";
import { checkOptions, writeRules } from "./_internal/option-checks";
import { writeCsv } from "./_internal/stringify";
import type { CsvWriteOptions } from "./csv-options";

function flatten(rollUps: readonly RollUp[], level: number): Array<{ rollUp: RollUp; level: number }> {
  return rollUps.flatMap((rollUp) => [{ rollUp, level }, ...flatten(rollUp.children ?? [], level + 1)]);
}

function driverLines(rollUp: RollUp): string {
  return rollUp.drivers.map((d) => `${d.label}: ${d.because}`).join("\n");
}

/** Coverage as a spreadsheet reads a percentage: "75%", to one decimal where it is not whole ("66.7%"). */
const percent = (share: number) => `${Number((share * 100).toFixed(1))}%`;

/** The dates the group was assessed at, earliest first, one a line. */
function assessedAt(rollUp: RollUp): string {
  return [...new Set(rollUp.sources.map((source) => source.at))].sort().join("\n");
}

/** Each source, one a line: its title (and plan), the date it was assessed at, how many of its actions were rated. */
function sourceLines(rollUp: RollUp): string {
  return rollUp.sources
    .map((source) => {
      const plan = source.planId === undefined ? "" : ` (${source.planId})`;
      return `${source.title}${plan}: assessed at ${source.at}, ${source.rated} of ${source.total} rated`;
    })
    .join("\n");
}

/**
 * Writes roll-ups (by theme, by outcome, by plan) as CSV for a spreadsheet: one row per group
 * (sub-themes after their theme, with their level), its rating as a word, the rule, how many
 * actions and how many of them were rated, the coverage (`75%`) and whether it is below the
 * threshold (`Low coverage`: Yes or No), the counts per canonical status and per rating, the
 * sentence that explains the rating and the actions that decided it (one a line), how many actions
 * carry a check, and the sources: the dates assessed at, and each source with its plan, date and
 * how many of its actions were rated (one a line). Excel-ready by default.
 *
 * @param rollUps - Roll-ups from `rollUp`, `rollUpByTheme` or `rollUpByOutcome`.
 * @param options - How the file is written.
 * @returns The CSV text, and `csv/cell-too-long-for-spreadsheet` warnings for cells longer than a spreadsheet holds (32,767 characters).
 * @throws CjaKitError `usage/invalid-argument` when `rollUps` is not an array of roll-ups, or `options` is given and is not an object; an option of the wrong type (`maxColumns: -1`, `bom: "yes"`) is refused, naming it.
 * @example
 * ```ts
 * const { csv, issues } = writeRollUpCsv(rollUpByOutcome(assessments, { framework: "nab-2008" }));
 * ```
 */
export function writeRollUpCsv(
  rollUps: readonly RollUp[],
  options: CsvWriteOptions = {},
): { csv: string; issues: Issue[] } {
  checkArray(rollUps, "rollUps", "writeRollUpCsv");
  checkObject(options, "options", "writeRollUpCsv");
  checkOptions(options, writeRules, "writeRollUpCsv");
  return guarded(
    "writeRollUpCsv",
    () => [
      ["rollUps", isRollUps, rollUps],
      ["options", isObject, options],
    ],
    () => rollUpCsv(rollUps, options),
  );
}

/** Whether a value has the shape of roll-ups as far as the table reads them (RollUp has no schema). */
function isRollUps(value: unknown): boolean {
  const isRollUp = (item: unknown): boolean =>
    isObject(item) &&
    Array.isArray(item.drivers) &&
    Array.isArray(item.sources) &&
    isObject(item.counts) &&
    isObject(item.counts.status) &&
    isObject(item.counts.rag) &&
    (item.children === undefined || isRollUps(item.children));
  return Array.isArray(value) && value.every(isRollUp);
}

function rollUpCsv(rollUps: readonly RollUp[], options: CsvWriteOptions): { csv: string; issues: Issue[] } {
  const header = [
    "Key",
    "Level",
    "Group",
    "Rating",
    "Rule",
    "Actions",
    "Rated",
    "Coverage",
    "Low coverage",
    ...canonicalStatuses,
    ...rags.map((rag) => ragLabels[rag]),
    "Because",
    "Decided by",
    "With checks",
    "Assessed at",
    "Sources",
  ];
  const rows = flatten(rollUps, 1).map(({ rollUp, level }) => [
    rollUp.key,
    String(level),
    rollUp.label,
    ragLabels[rollUp.rag],
    rollUp.rule,
    String(rollUp.total),
    String(rollUp.rated),
    percent(rollUp.coverage),
    rollUp.lowCoverage ? "Yes" : "No",
    ...canonicalStatuses.map((status) => String(rollUp.counts.status[status])),
    ...rags.map((rag) => String(rollUp.counts.rag[rag])),
    rollUp.because,
    driverLines(rollUp),
    String(rollUp.checks),
    assessedAt(rollUp),
    sourceLines(rollUp),
  ]);
  return writeCsv([header, ...rows], options);
}
