import { guarded } from "../_internal/guard";
import { Issue } from "./issue";

/**
 * Whether any of the issues is an error.
 *
 * @param issues - Issues from a parser or validator.
 * @returns `true` when at least one issue has severity `error`.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * hasErrors([{ code: "money/unparsed", severity: "warning", message: "…", path: [] }]); // false
 * ```
 */
export function hasErrors(issues: readonly Issue[]): boolean {
  return guarded(
    "hasErrors",
    () => [["issues", Issue.array(), issues]],
    () => hasErrorsOf(issues),
  );
}

function hasErrorsOf(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}
