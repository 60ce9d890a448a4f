import type { RollUp, RollUpSource } from "@cja-kit/core";

/** A source of a roll-up report, numbered as the report lists it. */
export type NumberedSource = { number: number; title: string; at: string };

const sourceKey = (source: { title: string; at: string }) => `${source.title}\u0000${source.at}`;

const allRollUps = (rollUps: readonly RollUp[]): RollUp[] =>
  rollUps.flatMap((r) => [r, ...allRollUps(r.children ?? [])]);

/** Every source the roll-ups name, once, oldest first (then by title), numbered from 1. */
export function numberedSources(rollUps: readonly RollUp[]): NumberedSource[] {
  const seen = new Map<string, RollUpSource>();
  for (const source of allRollUps(rollUps).flatMap((r) => r.sources))
    if (!seen.has(sourceKey(source))) seen.set(sourceKey(source), source);
  return [...seen.values()]
    .sort((a, b) => (a.at === b.at ? a.title.localeCompare(b.title, "en-GB") : a.at < b.at ? -1 : 1))
    .map((source, i) => ({ number: i + 1, title: source.title, at: source.at }));
}

/** A roll-up's sources as the report numbers them, with how many of its actions each gave and rated. */
export function sourcesOf(
  rollUp: RollUp,
  numbered: readonly NumberedSource[],
): Array<NumberedSource & { total: number; rated: number }> {
  const byKey = new Map(numbered.map((source) => [sourceKey(source), source]));
  return rollUp.sources
    .flatMap((source) => {
      const found = byKey.get(sourceKey(source));
      return found === undefined ? [] : [{ ...found, total: source.total, rated: source.rated }];
    })
    .sort((a, b) => a.number - b.number);
}
