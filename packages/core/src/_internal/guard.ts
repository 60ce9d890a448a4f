import { CjaKitError } from "../issue/cja-kit-error";
import type { Issue } from "../issue/issue";

/**
 * What a value is, for a message about a wrong argument: never reads a property, so a getter that
 * throws, a revoked proxy or a cyclic object cannot make the message itself fail.
 */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "undefined":
      return "undefined";
    case "string":
      return "a string";
    case "number":
    case "bigint":
    case "boolean":
      return `a ${typeof value} (${String(value)})`;
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    default:
      return arrayEvenIfProxy(value) ? "an array" : "an object";
  }
}

function arrayEvenIfProxy(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** The issue for an argument that is not what the types say. */
export function invalidArgument(where: string, expected: string, value: unknown): Issue {
  return {
    code: "usage/invalid-argument",
    severity: "error",
    message: `${where} expects ${expected}, but was given ${describeValue(value)}.`,
    path: [],
  };
}

/** Throws `CjaKitError` `usage/invalid-argument` unless `value` is a string. */
export function requireString(where: string, value: unknown): asserts value is string {
  if (typeof value !== "string") throw usageError(where, "a string", value);
}

/** The error thrown for an argument that is not what the types say. */
export function usageError(
  where: string,
  expected: string,
  value: unknown,
  issues: Issue[] = [],
): CjaKitError {
  const issue = invalidArgument(where, expected, value);
  return new CjaKitError("usage/invalid-argument", issue.message, issues.length > 0 ? issues : [issue]);
}

/** A way to tell whether an argument is what the types say: a zod schema, or a test. */
export type ArgumentCheck =
  | { safeParse(value: unknown): { success: boolean; error?: unknown } }
  | ((value: unknown) => boolean);
/** An argument's name, how to check it, and its value. */
export type Argument = readonly [name: string, check: ArgumentCheck, value: unknown];

export const isObject = (value: unknown) =>
  typeof value === "object" && value !== null && !Array.isArray(value);
export const isArray = (value: unknown) => Array.isArray(value);
export const isText = (value: unknown) => typeof value === "string";
export const isFiniteNumber = (value: unknown) => typeof value === "number" && Number.isFinite(value);
export const optional =
  (check: ArgumentCheck) =>
  (value: unknown): boolean =>
    value === undefined || passes(check, value);

function passes(check: ArgumentCheck, value: unknown): boolean {
  return typeof check === "function" ? check(value) : check.safeParse(value).success;
}

function argumentIssue(where: string, [name, check, value]: Argument): Issue | undefined {
  try {
    if (passes(check, value)) return undefined;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const message = `${where}: argument "${name}" is cyclic or nested too deeply to read.`;
    return { code: "usage/invalid-argument", severity: "error", message, path: [name] };
  }
  const message = `${where}: argument "${name}" is not what it should be (given ${describeValue(value)}); check it against its schema or type.`;
  return { code: "usage/invalid-argument", severity: "error", message, path: [name] };
}

/**
 * The error to throw for a failed call: the library's own `CjaKitError` unchanged; otherwise, when an
 * argument is not what it should be, `CjaKitError` `usage/invalid-argument` naming it; otherwise
 * the error itself.
 */
function failure(where: string, args: () => readonly Argument[], error: unknown): unknown {
  if (error instanceof CjaKitError) return error;
  const issues: Issue[] = [];
  for (const argument of args()) {
    const found = argumentIssue(where, argument);
    if (found !== undefined) issues.push(found);
  }
  if (issues.length === 0) return error;
  return new CjaKitError("usage/invalid-argument", (issues[0] as Issue).message, issues);
}

/**
 * Runs a public function's body. If it throws (a TypeError on a wrong-typed argument, a RangeError
 * on a cyclic one), the arguments are checked, only then, so valid input costs nothing: a wrong
 * argument becomes `CjaKitError` `usage/invalid-argument` naming it; with every argument right the
 * error is the library's own and is thrown unchanged. An error a caller's getter throws while
 * being checked passes through.
 */
export function guarded<T>(where: string, args: () => readonly Argument[], body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw failure(where, args, error);
  }
}

/** {@link guarded} for an async body: a rejection is answered as a throw is. */
export async function guardedAsync<T>(
  where: string,
  args: () => readonly Argument[],
  body: () => Promise<T>,
): Promise<T> {
  try {
    return await body();
  } catch (error) {
    throw failure(where, args, error);
  }
}

/** Whether `value` is an object whose `key` passes `check`. */
export const has = (value: unknown, key: string, check: (field: unknown) => boolean): boolean =>
  isObject(value) && check((value as Record<string, unknown>)[key]);

/** Whether `value` looks like an outcome registry: frameworks by id and a list of mappings. */
export const isRegistryLike = (value: unknown): boolean =>
  has(value, "frameworks", isObject) && has(value, "mappings", isArray);

/** Whether `value` is an array of objects. */
export const isArrayOfObjects = (value: unknown): boolean => Array.isArray(value) && value.every(isObject);

/** Whether `value` is an object that can be iterated (an array, a set, a generator), not a string. */
export const isIterableObject = (value: unknown): boolean =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function";

/** Whether `value` can be read with `for await`: an async iterable, or an iterable object. */
export const isAsyncIterableObject = (value: unknown): boolean =>
  isIterableObject(value) ||
  (typeof value === "object" &&
    value !== null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function");

/** Whether `value` is an array of strings. */
export const isTextArray = (value: unknown): boolean => Array.isArray(value) && value.every(isText);

/** Whether `value` is a table of text: a header of strings, and rows of strings. */
export const isTextTable = (value: unknown): boolean =>
  has(value, "header", isTextArray) &&
  has(value, "rows", (rows) => Array.isArray(rows) && rows.every(isTextArray));

const isSourceItem = (value: unknown): boolean =>
  has(value, "issue", isObject) || (has(value, "row", isFiniteNumber) && has(value, "cells", isTextArray));

/** Whether `value` is a table's records: an array of records and issues, or another iterable object. */
export const isSourceItems = (value: unknown): boolean =>
  Array.isArray(value) ? value.every(isSourceItem) : isIterableObject(value);

/** Whether `value` is records that arrive over time: as {@link isSourceItems}, or an async iterable. */
export const isSourceStream = (value: unknown): boolean =>
  Array.isArray(value) ? value.every(isSourceItem) : isAsyncIterableObject(value);
