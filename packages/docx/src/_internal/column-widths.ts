import type { ActionField, Column } from "@cja-kit/core";

/** How much room each kind of column wants, relative to the others. */
const WEIGHT: Record<ActionField, number> = {
  measure: 2.4,
  number: 0.75,
  title: 2.2,
  outcomeRefs: 1,
  aim: 2,
  objective: 2,
  localOutcome: 1.7,
  localTarget: 1.7,
  detail: 2.6,
  milestones: 2.1,
  frequency: 1.25,
  timescale: 1.35,
  lead: 1.6,
  partners: 1.4,
  resources: 1.15,
  flag: 0.85,
  progress: 2.6,
  nextSteps: 2.2,
  status: 1.1,
  reportedRag: 0.8,
  revisedTimescale: 1.35,
  percentComplete: 0.75,
  extra: 1.4,
};

/** Splits `total` twips between weights; the remainder goes to the widest, so the sum is exact. */
export function splitWidth(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * total));
  const widest = widths.indexOf(Math.max(...widths));
  widths[widest] = (widths[widest] ?? 0) + total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * Widths in twips: shares of `total` by weight, but never below a column's minimum (so a word
 * is not broken across lines) while the minima fit.
 */
export function fitWidths(weights: readonly number[], wanted: readonly number[], total: number): number[] {
  const least = wanted.reduce((a, b) => a + b, 0);
  // Minima that would take most of the page are scaled down, so the weights still count.
  const minima = least > total * 0.8 ? wanted.map((m) => (m * total * 0.8) / least) : wanted;
  const fixed = new Set<number>();
  for (;;) {
    const free = total - [...fixed].reduce((sum, i) => sum + (minima[i] ?? 0), 0);
    const weight = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const short = weights.flatMap((w, i) =>
      !fixed.has(i) && (w / weight) * free < (minima[i] ?? 0) ? [i] : [],
    );
    if (short.length === 0)
      return splitWidth(
        weights.map((w, i) => (fixed.has(i) ? (minima[i] ?? 0) : (w / weight) * free)),
        total,
      );
    for (const i of short) fixed.add(i);
  }
}

/**
 * Twips a word of `chars` characters needs in a cell, at `halfPoints` text size, with the cell's
 * margins: generous, as a reader's fallback font may be wider than Arial.
 */
export const wordWidth = (chars: number, halfPoints: number, bold = false): number =>
  Math.round(chars * halfPoints * (bold ? 7.4 : 6.6)) + 230;

/**
 * The length of the longest word in some texts, up to `cap`: lines may break after a slash or a
 * hyphen (unless `breaks` says otherwise), and a longer word may as well break than take a
 * column's room.
 */
export const longestWord = (texts: readonly string[], cap = 14, breaks = /\s+|(?<=[/-])/): number =>
  Math.min(
    cap,
    texts.reduce((most, text) => text.split(breaks).reduce((m, word) => Math.max(m, word.length), most), 0),
  );

/** Column widths in twips for a plan table filling `total` twips, each at least `minima`. */
export function columnWidths(
  columns: readonly Column[],
  total: number,
  minima: readonly number[] = [],
): number[] {
  return fitWidths(
    columns.map((column) => WEIGHT[column.field]),
    columns.map((_, i) => minima[i] ?? 0),
    total,
  );
}
