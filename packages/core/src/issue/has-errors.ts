import type { Issue } from "./issue";

/**
 * Whether any of the issues is an error.
 *
 * @param issues - Issues from a parser or validator.
 * @returns `true` when at least one issue has severity `error`.
 * @example
 * ```ts
 * hasErrors([{ code: "money/unparsed", severity: "warning", message: "…", path: [] }]); // false
 * ```
 */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}
