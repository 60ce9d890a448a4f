import {
  formatCalendarDate,
  type RollUp,
  type RollUpOptions,
  type RollUpSource,
  ragLabels,
  rollUpRuleLabel,
} from "@cja-kit/core";
import { printable } from "./printable";

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The rule and the coverage threshold in words, as the roll-ups were made. */
export function ruleLine(
  options: Required<Pick<RollUpOptions, "rule" | "minCoverage" | "belowCoverage">>,
): string {
  const below = options.belowCoverage === "decline" ? "is not rated" : "is rated, and marked low coverage";
  return `Rule: ${rollUpRuleLabel(options.rule)}; a group with under ${percent(options.minCoverage)} of its actions rated ${below}.`;
}

function everySource(rollUps: readonly RollUp[]): RollUpSource[] {
  const seen = new Map<string, RollUpSource>();
  const walk = (list: readonly RollUp[]): void => {
    for (const r of list) {
      for (const source of r.sources) seen.set(`${source.title}@${source.at}`, source);
      walk(r.children ?? []);
    }
  };
  walk(rollUps);
  return [...seen.values()].sort((a, b) => a.at.localeCompare(b.at));
}

/** The returns the ratings come from, oldest first, each with the date it was assessed at. */
export function sourceLines(rollUps: readonly RollUp[]): string[] {
  return [
    "Sources, each with the date it was assessed at:",
    ...everySource(rollUps).map((s) => printable(`  ${formatCalendarDate(s.at)}: ${s.title}`)),
  ];
}

/** "2 red, 3 amber, 6 green, 1 not rated; 11 of 12 actions rated (92%)", and the checks. */
export function countsLine(r: RollUp): string {
  const { red, amber, green } = r.counts.rag;
  const low = r.lowCoverage ? ", low coverage" : "";
  const checks = r.checks === 0 ? "" : `; ${r.checks} to check`;
  return `${ragLabels[r.rag]}: ${red} red, ${amber} amber, ${green} green, ${r.total - r.rated} not rated; ${r.rated} of ${r.total} actions rated (${percent(r.coverage)}${low})${checks}`;
}

/** Each roll-up as lines: its label, its rating with the counts and coverage, and the reason. */
export function rollUpLines(list: readonly RollUp[], indent = ""): string[] {
  return list.flatMap((r) => [
    printable(`${indent}${r.label}`),
    printable(`${indent}  ${countsLine(r)}`),
    printable(`${indent}  ${r.because}`),
    ...rollUpLines(r.children ?? [], `${indent}  `),
  ]);
}
