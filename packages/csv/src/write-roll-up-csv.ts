import { canonicalStatuses, type RollUp, ragLabels, rags } from "@cja-kit/core";
import { toCsv } from "./_internal/stringify";
import type { CsvWriteOptions } from "./csv-options";

function flatten(rollUps: readonly RollUp[], level: number): Array<{ rollUp: RollUp; level: number }> {
  return rollUps.flatMap((rollUp) => [{ rollUp, level }, ...flatten(rollUp.children ?? [], level + 1)]);
}

function driverLines(rollUp: RollUp): string {
  return rollUp.drivers.map((d) => `${d.label}: ${d.because}`).join("\n");
}

/**
 * Writes roll-ups (by theme, by outcome, by plan) as CSV for a spreadsheet: one row per group
 * (sub-themes after their theme, with their level), its rating as a word, the rule, the counts per
 * canonical status and per rating, the sentence that explains the rating and the actions that
 * decided it, one per line. Excel-ready by default.
 *
 * @param rollUps - Roll-ups from `rollUp`, `rollUpByTheme` or `rollUpByOutcome`.
 * @param options - How the file is written.
 * @returns The CSV text.
 * @example
 * ```ts
 * const csv = writeRollUpCsv(rollUpByOutcome(assessments, { framework: "nab-2008" }));
 * ```
 */
export function writeRollUpCsv(rollUps: readonly RollUp[], options: CsvWriteOptions = {}): string {
  const header = [
    "Key",
    "Level",
    "Group",
    "Rating",
    "Rule",
    "Actions",
    ...canonicalStatuses,
    ...rags.map((rag) => ragLabels[rag]),
    "Because",
    "Decided by",
  ];
  const rows = flatten(rollUps, 1).map(({ rollUp, level }) => [
    rollUp.key,
    String(level),
    rollUp.label,
    ragLabels[rollUp.rag],
    rollUp.rule,
    String(rollUp.total),
    ...canonicalStatuses.map((status) => String(rollUp.counts.status[status])),
    ...rags.map((rag) => String(rollUp.counts.rag[rag])),
    rollUp.because,
    driverLines(rollUp),
  ]);
  return toCsv([header, ...rows], options);
}
