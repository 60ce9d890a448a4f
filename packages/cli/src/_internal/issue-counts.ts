import type { Issue } from "@cja-kit/core";

/** How many issues of each severity. */
export type IssueCounts = { errors: number; warnings: number; infos: number };

/** Counts issues by severity. */
export function issueCounts(issues: readonly Issue[]): IssueCounts {
  const count = (severity: Issue["severity"]) => issues.filter((issue) => issue.severity === severity).length;
  return { errors: count("error"), warnings: count("warning"), infos: count("info") };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "2 errors, 1 warning", and ", 3 info" when there are some. */
export function countsText(counts: IssueCounts): string {
  const info = counts.infos === 0 ? "" : `, ${counts.infos} info`;
  return `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}${info}`;
}
