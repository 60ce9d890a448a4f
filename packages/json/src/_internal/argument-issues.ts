import { CjaKitError, findCycle, type Issue } from "@cja-kit/core";
import type * as z from "zod";
import type { PathSegment } from "./json-path";
import { schemaIssues } from "./schema-issues";

/** What a value is, for a message; never reads a property, so a getter cannot make it fail. */
export function kindOfValue(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return "a string";
  if (typeof value === "function") return "a function";
  if (typeof value !== "object") return `${typeof value} ${String(value)}`;
  try {
    return Array.isArray(value) ? "an array" : "an object";
  } catch {
    return "an object";
  }
}

/** The issue for an argument (or a part of one, by `path`) that is not what its type says. */
export function argumentIssue(path: readonly PathSegment[], message: string): Issue {
  return { code: "usage/invalid-argument", severity: "error", message, path: [...path] };
}

/**
 * The value parsed by a schema, or the issues saying why not, under `prefix`. A value that contains
 * itself is one issue at the place it comes round again (zod would parse it into a cyclic value
 * that nothing can write), and one nested too deeply for the schema to walk is one issue, never a
 * stack overflow.
 */
export function parseArgument<T>(
  schema: z.ZodType<T>,
  value: unknown,
  prefix: readonly PathSegment[],
): { ok: true; value: T } | { ok: false; issues: Issue[] } {
  const cycle = findCycle(value);
  if (cycle !== undefined) {
    const message = "The value contains itself here (it is cyclic), so it has no end to write or render.";
    return { ok: false, issues: [argumentIssue([...prefix, ...cycle], message)] };
  }
  try {
    const parsed = schema.safeParse(value);
    if (parsed.success) return { ok: true, value: parsed.data };
    return { ok: false, issues: schemaIssues(parsed.error, value, prefix) };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const message = "The value is nested too deeply to read.";
    return { ok: false, issues: [argumentIssue(prefix, message)] };
  }
}

/** The error thrown for arguments that are not what their types say, carrying every issue. */
export function usageError(issues: readonly Issue[]): CjaKitError {
  const first = issues[0]?.message ?? "An argument is not what its type says.";
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  return new CjaKitError("usage/invalid-argument", `${first}${more}`, issues);
}
