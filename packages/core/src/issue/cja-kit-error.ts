import type { Issue } from "./issue";

/**
 * The one error class every cja-kit package throws, for the few failures that cannot be answered
 * with issues (a caller passing something that is not what the types say, where no result shape
 * can carry it). It has a stable `code` (`area/what`, like an {@link Issue}'s) and the issues that
 * explain it. Bad data never throws: it is answered with issues in a result.
 *
 * @example
 * ```ts
 * try {
 *   somethingThatChecksItsArguments();
 * } catch (error) {
 *   if (error instanceof CjaKitError) console.log(error.code, error.issues.length);
 * }
 * ```
 */
export class CjaKitError extends Error {
  /** Stable code, `area/what`, e.g. `usage/invalid-argument`. */
  readonly code: string;
  /** The located issues that explain the error (at least one). */
  readonly issues: readonly Issue[];

  /**
   * @param code - Stable code, `area/what`.
   * @param message - What was found, what was expected and what to do.
   * @param issues - The issues behind it; one is made from the code and message when none are given.
   */
  constructor(code: string, message: string, issues: readonly Issue[] = []) {
    super(message);
    this.name = "CjaKitError";
    this.code = code;
    this.issues = issues.length > 0 ? issues : [{ code, severity: "error", message, path: [] }];
  }
}
