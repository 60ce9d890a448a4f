import type * as z from "zod";
import type { Issue } from "../issue/issue";
import { sizeMessage } from "./size-message";

/**
 * zod's message as cja-kit's validators say it: plainer for a missing value and a length limit,
 * ending in a full stop. The path is the issue's own field (formatIssue prints it), so the message
 * does not repeat it.
 */
export function schemaMessage(issue: z.core.$ZodIssue): string {
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
    message: schemaMessage(issue),
    path: [...prefix, ...issue.path.map((part) => (typeof part === "symbol" ? String(part) : part))],
  }));
}
