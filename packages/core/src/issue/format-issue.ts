import { guarded } from "../_internal/guard";
import { Issue } from "./issue";

/**
 * One line describing an issue for a person: severity, where, code and message.
 *
 * @param issue - The issue to describe.
 * @returns A line such as `error at themes.0.actions.1.number (action 2.4.1) [plan/duplicate-action-number]: …`.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * formatIssue({ code: "money/parts-do-not-sum", severity: "error", message: "Parts sum to £90,000, not £102,000.", path: ["resources"], actionNumber: "3.1.4" });
 * // "error at resources (action 3.1.4) [money/parts-do-not-sum]: Parts sum to £90,000, not £102,000."
 * ```
 */
export function formatIssue(issue: Issue): string {
  return guarded(
    "formatIssue",
    () => [["issue", Issue, issue]],
    () => formatIssueOf(issue),
  );
}

function formatIssueOf(issue: Issue): string {
  const where = [
    issue.path.length > 0 ? `at ${issue.path.join(".")}` : undefined,
    issue.row !== undefined ? `row ${issue.row}` : undefined,
    issue.column !== undefined ? `column "${issue.column}"` : undefined,
    issue.actionNumber !== undefined ? `(action ${issue.actionNumber})` : undefined,
  ].filter((part) => part !== undefined);
  return `${issue.severity} ${where.join(" ")} [${issue.code}]: ${issue.message}`.replace(/ {2,}/g, " ");
}
