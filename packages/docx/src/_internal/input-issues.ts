import { CjaKitError, findCycle, type Issue } from "@cja-kit/core";

/** One step of a path into a value: a key or an index. */
export type PathSegment = string | number;

/** How an argument (or a part of one) is checked: the issues found in `value`, at `path`. */
export type InputCheck = (value: unknown, path: readonly PathSegment[]) => Issue[];

/** A zod issue, as much of it as is read here (core's schemas are zod's; docx does not load zod's types). */
type SchemaIssue = { code: string; path: readonly PropertyKey[]; message: string };
/** One of core's schemas (`Plan`, `ProgressReturn`, …), as much of it as is used here. */
export type Schema = {
  safeParse(value: unknown): { success: boolean; error?: { issues: readonly SchemaIssue[] } };
};

/** The issue for an argument, or a part of one, that is not what its type says. */
export const inputIssue = (path: readonly PathSegment[], message: string): Issue => ({
  code: "usage/invalid-argument",
  severity: "error",
  path: [...path],
  message,
});

/** What a value is, for a message; never reads a property, so a getter cannot make it fail. */
export function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string")
    return value.length > 40 ? `the text "${value.slice(0, 40)}…"` : `the text "${value}"`;
  if (typeof value === "function") return "a function";
  return `${typeof value} ${String(value)}`;
}

function describe(issue: SchemaIssue): string {
  if (issue.code === "invalid_type" && issue.message.endsWith("received undefined"))
    return `Missing: ${issue.message.replace(/^Invalid input: /, "").replace(/, received undefined$/, "")}.`;
  return /[.?!]$/.test(issue.message) ? issue.message : `${issue.message}.`;
}

/**
 * The check of a value against one of core's schemas, as a renderer needs its input: a value that
 * contains itself is one issue where it comes round (the schema would recurse until the stack
 * overflows), one nested too deeply is one issue, and each place the schema refuses is an issue
 * `schema/<zod code>` as `validatePlan` gives it.
 */
export const schemaCheck =
  (schema: Schema): InputCheck =>
  (value, path) => {
    const cycle = findCycle(value);
    if (cycle !== undefined)
      return [
        inputIssue(
          [...path, ...cycle],
          "The value contains itself here (it is cyclic), so it cannot be rendered.",
        ),
      ];
    try {
      const parsed = schema.safeParse(value);
      return (parsed.error?.issues ?? []).map((issue) => ({
        code: `schema/${issue.code}`,
        severity: "error",
        message: describe(issue),
        path: [...path, ...issue.path.map((part) => (typeof part === "symbol" ? String(part) : part))],
      }));
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return [inputIssue(path, "The value is nested too deeply to render.")];
    }
  };

/** A check that lets `undefined` through (an optional argument or field). */
export const optional =
  (check: InputCheck): InputCheck =>
  (value, path) =>
    value === undefined ? [] : check(value, path);

/** An argument of a public function: its name, its check and the value given. */
export type Input = readonly [name: string, check: InputCheck, value: unknown];

/**
 * Checks a public function's arguments before it does anything with them, and throws
 * `CjaKitError` `usage/invalid-argument` with every issue found when one is not what its type
 * says. The message names the function and the first place.
 */
export function requireInputs(where: string, inputs: readonly Input[]): void {
  const issues = inputs.flatMap(([name, check, value]) => check(value, [name]));
  const first = issues[0];
  if (first === undefined) return;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
  throw new CjaKitError(
    "usage/invalid-argument",
    `${where} cannot use its input: ${first.path.join(".")}: ${first.message}${more}`,
    issues,
  );
}
