import { aliasIndex, headingKey } from "../../plan/match-field";

/** Edit distance between two short keys, giving up (Infinity) beyond `most`. */
function distance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return Number.POSITIVE_INFINITY;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      if (value < least) least = value;
    }
    if (least > most) return Number.POSITIVE_INFINITY;
    previous = current;
  }
  return previous[b.length] ?? Number.POSITIVE_INFINITY;
}

/** The known heading closest to an unknown one, if one is close enough to be a slip ("Timscale" → "Timescale"). */
export function closestHeading(label: string): string | undefined {
  const key = headingKey(label);
  if (key.length < 4 || key.length > 40) return undefined;
  const most = Math.max(1, Math.floor(key.length / 5));
  let best: { alias: string; cost: number } | undefined;
  for (const [candidate, match] of aliasIndex) {
    const cost = distance(key, candidate, most);
    if (cost <= most && (best === undefined || cost < best.cost)) best = { alias: match.alias, cost };
  }
  return best?.alias;
}
