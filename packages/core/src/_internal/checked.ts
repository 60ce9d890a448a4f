import type { Checked, Issue } from "../issue/issue";

/** A result that is ok unless one of the issues is an error. */
export function checkedFrom<T>(value: T, issues: Issue[]): Checked<T> {
  return issues.some((issue) => issue.severity === "error")
    ? { ok: false, issues }
    : { ok: true, value, issues };
}

/** Prefixes every issue's path, for issues found inside a part of a larger document. */
export function atPath(prefix: ReadonlyArray<string | number>, issues: Issue[]): Issue[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}
