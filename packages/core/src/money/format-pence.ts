/**
 * An amount in pence written as pounds the way the documents do: `£102,000`, `£10,800.50`.
 *
 * @param pence - A whole number of pence.
 * @returns The amount with a pound sign and thousands separators; pence shown only when not zero.
 * @example
 * ```ts
 * formatPence(10_200_000); // "£102,000"
 * formatPence(1_080_050); // "£10,800.50"
 * ```
 */
export function formatPence(pence: number): string {
  const pounds = Math.floor(pence / 100).toLocaleString("en-GB");
  const rest = pence % 100;
  return rest === 0 ? `£${pounds}` : `£${pounds}.${String(rest).padStart(2, "0")}`;
}
