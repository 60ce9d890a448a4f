/**
 * Section numbers printed one way through a report: where some end in a full stop and some do
 * not (seed 000 numbers 1-4 by Word's list and types "5." to "9."), the stop is dropped from all,
 * as the report's first sections print them; a report that numbers every section one way keeps it.
 */
export function sectionNumbers(numbers: ReadonlyArray<string | undefined>): Array<string | undefined> {
  const given = numbers.filter((n): n is string => n !== undefined);
  const stops = given.filter((n) => n.endsWith(".")).length;
  if (stops === 0 || stops === given.length) return [...numbers];
  return numbers.map((n) => n?.replace(/\.$/, ""));
}
