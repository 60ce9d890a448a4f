import { isDeepStrictEqual } from "node:util";
import { formatIssue, type Issue } from "@cja-kit/core";

/** Throws, listing what differs, unless a file read back holds what was written. */
export function expectSame(
  what: string,
  read: { ok: boolean; issues: Issue[]; value?: unknown },
  expected: unknown,
): void {
  const errors = read.issues.filter((issue) => issue.severity === "error");
  if (!read.ok || errors.length > 0)
    throw new Error(`${what} did not read back:\n${errors.map(formatIssue).join("\n")}`);
  if (!isDeepStrictEqual(read.value, expected))
    throw new Error(`${what} read back differently from what was written.`);
}
