import type { Issue } from "@cja-kit/core";

/** Issues of one code kept in full per sheet; the rest are counted and summed up in one issue. */
export const ISSUES_PER_CODE = 1_000;

/** Issues of a sheet beyond the cap, by code: how many, and the rows they span. */
export type IssueOverflow = Map<string, { first: Issue; count: number; from: number; to: number }>;

/** Whether an issue is kept: the first `ISSUES_PER_CODE` of its code are; the rest are counted. */
export function keepIssue(kept: Map<string, number>, overflow: IssueOverflow, issue: Issue): boolean {
  const seen = kept.get(issue.code) ?? 0;
  if (seen < ISSUES_PER_CODE) {
    kept.set(issue.code, seen + 1);
    return true;
  }
  const row = issue.row ?? 0;
  const known = overflow.get(issue.code);
  if (known === undefined) overflow.set(issue.code, { first: issue, count: 1, from: row, to: row });
  else {
    known.count += 1;
    known.from = Math.min(known.from, row);
    known.to = Math.max(known.to, row);
  }
  return false;
}

/** One issue per code for the issues beyond the cap: how many more, and between which rows. */
export function overflowIssues(overflow: IssueOverflow, sheet: string): Issue[] {
  return [...overflow.values()].map(({ first, count, from, to }) => ({
    code: first.code,
    severity: first.severity,
    message: `${count} more cells of sheet "${sheet}", in rows ${from} to ${to}, are like the ${ISSUES_PER_CODE} named above (${first.code}); they are not each named. The first of them: ${first.message}`,
    path: [],
    sheet,
    row: from,
  }));
}
