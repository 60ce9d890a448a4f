/** Words that number or name an outcome rather than say it: "1.", "A1", "Outcome 3:", "National Outcome 9 –". */
const LEADING = /^(?:national|local|outcome|outcomes|no|[a-z]{0,2}\d{1,2}[a-z]?|[a-z])$/;

/**
 * Wording reduced to what it says: lower case, `&` as "and", punctuation as spaces, and any
 * leading numbering or code ("1.", "(a)", "A1", "Outcome 3:") dropped.
 */
export function normaliseWording(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  let first = 0;
  while (first < words.length - 1 && first < 4 && LEADING.test(words[first] as string)) first++;
  return words.slice(first).join(" ");
}

/** Edit distance between two short strings, two rows at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The longest wording compared character by character; longer text is compared only for equality. */
const MAX_COMPARED = 600;

/**
 * How alike two normalised wordings are, from 0 to 1: one less the edit distance over the longer
 * length. Texts whose lengths alone rule out `atLeast` are not compared (so a huge text costs
 * nothing), and neither are texts past {@link MAX_COMPARED} characters unless equal.
 */
export function wordingScore(a: string, b: string, atLeast = 0): number {
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  if (longer === 0 || longer > MAX_COMPARED) return 0;
  if (Math.min(a.length, b.length) / longer < atLeast) return 0;
  return 1 - editDistance(a, b) / longer;
}
