import type * as z from "zod";
import type { Issue } from "../issue/issue";
import { sizeMessage } from "./size-message";

// The path is the issue's own field (formatIssue prints it), so the message does not repeat it.
function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && issue.message.endsWith("received undefined"))
    return `Missing: expected ${issue.expected}.`;
  if (issue.code === "too_small" || issue.code === "too_big") {
    const size = sizeMessage(issue);
    if (size !== undefined) return size;
  }
  return /[.?!]$/.test(issue.message) ? issue.message : `${issue.message}.`;
}

/** zod's issues as cja-kit issues: code `schema/<zod code>`, same path, severity error. */
export function schemaIssues(error: z.ZodError, prefix: ReadonlyArray<string | number> = []): Issue[] {
  return error.issues.map((issue) => ({
    code: `schema/${issue.code}`,
    severity: "error",
    message: describe(issue),
    path: [...prefix, ...issue.path.map((part) => (typeof part === "symbol" ? String(part) : part))],
  }));
}
