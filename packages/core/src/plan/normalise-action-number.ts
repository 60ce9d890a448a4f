import { guarded, isText } from "../_internal/guard";
/**
 * An action number in a form fit for comparison: spaces and a trailing dot dropped
 * (`2.4.2.` and `2.4.2` are the same action).
 *
 * @param number - The number as written.
 * @returns The number without spaces or trailing dots.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * normaliseActionNumber("2.3.3."); // "2.3.3"
 * ```
 */
export function normaliseActionNumber(number: string): string {
  return guarded(
    "normaliseActionNumber",
    () => [["number", isText, number]],
    () => normaliseActionNumberOf(number),
  );
}

function normaliseActionNumberOf(number: string): string {
  return number.replace(/\s+/g, "").replace(/\.+$/, "");
}
