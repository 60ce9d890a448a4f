/** Whole pounds with commas between thousands, by hand: the same in every runtime and locale. */
function grouped(pounds: string): string {
  const head = pounds.length % 3 === 0 ? 3 : pounds.length % 3;
  const groups = [pounds.slice(0, head)];
  for (let i = head; i < pounds.length; i += 3) groups.push(pounds.slice(i, i + 3));
  return groups.join(",");
}

/**
 * An amount in pence written as pounds the way the documents do: `£102,000`, `£10,800.50`;
 * a negative amount as `-£500`.
 *
 * @param pence - A whole number of pence.
 * @returns The amount with a pound sign and thousands separators; pence shown only when not zero.
 * @example
 * ```ts
 * formatPence(10_200_000); // "£102,000"
 * formatPence(1_080_050); // "£10,800.50"
 * formatPence(-50_000); // "-£500"
 * ```
 */
export function formatPence(pence: number): string {
  const sign = pence < 0 ? "-" : "";
  const whole = Math.abs(Math.trunc(pence));
  const pounds = grouped(String(Math.floor(whole / 100)));
  const rest = whole % 100;
  return rest === 0 ? `${sign}£${pounds}` : `${sign}£${pounds}.${String(rest).padStart(2, "0")}`;
}
