import type * as z from "zod";
import type { Issue } from "../issue/issue";

function describe(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? ` at ${issue.path.map(String).join(".")}` : "";
  return `${issue.message}${where}.`.replace(/\.\.$/, ".");
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
