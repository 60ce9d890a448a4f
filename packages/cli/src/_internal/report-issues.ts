import type { Issue } from "@cja-kit/core";
import { type Context, sayLine } from "./context";
import { inFileOrder } from "./in-file-order";
import { issueLine } from "./issue-line";

/**
 * The lines for the issues met in a file by a command whose result is a file (convert, render,
 * rollup): each error and warning, and how many notes of severity info there were (`validate`
 * lists those).
 */
export function issueReportLines(file: string, issues: readonly Issue[]): string[] {
  const shown = inFileOrder(issues.filter((issue) => issue.severity !== "info"));
  const infos = issues.length - shown.length;
  return [
    ...shown.map((issue) => issueLine(file, issue)),
    ...(infos === 0 ? [] : [`${file}: ${infos} info not shown (cja-kit validate lists them)`]),
  ];
}

/** Prints {@link issueReportLines} on stderr. */
export function reportIssues(context: Context, file: string, issues: readonly Issue[]): void {
  for (const line of issueReportLines(file, issues)) sayLine(context, line);
}
