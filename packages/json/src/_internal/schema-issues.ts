import { schemaIssueMessage } from "@cja-kit/core";
import type * as z from "zod";
import type { DraftIssue } from "./draft-issue";
import type { PathSegment } from "./json-path";

type ZodIssue = z.core.$ZodIssue;

/** Whether the data has a value at the path (the last key present in its object). */
function present(data: unknown, path: readonly PathSegment[]): boolean {
  let value = data;
  for (const segment of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, segment)) return false;
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return true;
}

/** zod's message, made plainer for a missing key and for a choice between literal values. */
function message(issue: ZodIssue, data: unknown): string {
  const key = issue.path.at(-1);
  if (typeof key === "string" && !present(data, issue.path.map(segmentOf))) {
    if (issue.code === "invalid_type")
      return `Missing required key "${key}": expected ${issue.expected}. Add it.`;
    return `Missing required key "${key}". ${withPeriod(issue.message)}`;
  }
  if (issue.code === "invalid_union" && issue.errors.length > 0) {
    const values = issue.errors.map((errors) =>
      errors.length === 1 && errors[0]?.code === "invalid_value" && errors[0].path.length === 0
        ? errors[0].values
        : undefined,
    );
    if (values.every((each) => each !== undefined)) {
      return `Invalid input: expected one of ${values
        .flat()
        .map((value) => JSON.stringify(value))
        .join(" | ")}.`;
    }
  }
  // A length limit in words, as core's validators say it.
  if (issue.code === "too_small" || issue.code === "too_big") return schemaIssueMessage(issue);
  return withPeriod(issue.message);
}

function withPeriod(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

function segmentOf(segment: PropertyKey): PathSegment {
  return typeof segment === "symbol" ? String(segment) : segment;
}

/** zod's issues as cja-kit issues, as core's validators report them: code `schema/<zod code>`, path from `prefix`. */
export function schemaIssues(error: z.ZodError, data: unknown, prefix: readonly PathSegment[]): DraftIssue[] {
  return error.issues.map((issue) => ({
    code: `schema/${issue.code}`,
    severity: "error",
    message: message(issue, data),
    path: [...prefix, ...issue.path.map(segmentOf)],
  }));
}
