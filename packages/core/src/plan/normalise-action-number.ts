/**
 * An action number in a form fit for comparison: spaces and a trailing dot dropped
 * (`2.4.2.` and `2.4.2` are the same action).
 *
 * @param number - The number as written.
 * @returns The number without spaces or trailing dots.
 * @example
 * ```ts
 * normaliseActionNumber("2.3.3."); // "2.3.3"
 * ```
 */
export function normaliseActionNumber(number: string): string {
  return number.replace(/\s+/g, "").replace(/\.+$/, "");
}
