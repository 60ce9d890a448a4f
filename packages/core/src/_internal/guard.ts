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
      return isArray(value) ? "an array" : "an object";
  }
}

function isArray(value: unknown): boolean {
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
