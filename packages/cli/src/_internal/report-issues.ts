import type { Issue } from "@cja-kit/core";
import { type Context, sayLine } from "./context";
import { issueLine } from "./issue-line";

/** Prints the issues met in a file as lines on stderr (the results of convert, render and rollup are files). */
export function reportIssues(context: Context, file: string, issues: readonly Issue[]): void {
  for (const issue of issues) sayLine(context, issueLine(file, issue));
}
