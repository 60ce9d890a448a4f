import { AFTER, CELL_MARGIN, lineHeight, longestWordWidth, type MeasuredParagraph } from "./cell-measure";
import { textWidth } from "./text-measure";

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
 * is not broken across lines) while the minima fit; minima that do not fit are scaled down.
 */
export function fitWidths(weights: readonly number[], wanted: readonly number[], total: number): number[] {
  const minima = fittedMinima(wanted, total);
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

/** Minima that would not fit the width scaled down to fit it, with a little room to spare. */
const fittedMinima = (wanted: readonly number[], total: number): number[] => {
  const least = wanted.reduce((a, b) => a + b, 0);
  return least > total ? wanted.map((m) => (m * total * 0.95) / least) : [...wanted];
};

/**
 * A paragraph as the width search sees it: its whole width on one line, its list indent, and
 * half its average word (with the space after it): what a line loses, on average, when the next
 * word does not fit and goes to the next line.
 */
type Run = { width: number; indent: number; slack: number };

const runOf = (p: MeasuredParagraph, halfPoints: number): Run => {
  const width = textWidth(p.text, halfPoints, p.bold);
  const count = Math.max(p.text.split(/ +/).length, 1);
  return { width, indent: p.indent, slack: width / count / 2 };
};

/** Rows spread evenly through the table, at most `most` of them: the search stays linear. */
const sample = <T>(rows: readonly T[], most: number): readonly T[] =>
  rows.length <= most
    ? rows
    : Array.from({ length: most }, (_, i) => rows[Math.floor((i * rows.length) / most)] as T);

/**
 * What a row's height costs: its height while it fits the room a page has; past that, ten pages
 * more, so no row is pushed over the room to shorten another (not even a row too tall for any
 * page, whose lines beyond the room count for less: it breaks across pages whatever its widths).
 */
const cost = (height: number, room: number) => (height <= room ? height : 10 * room + (height - room) / 4);

/** The cost of the rows at some widths, lines estimated from each paragraph's width. */
function tableHeight(
  rows: ReadonlyArray<ReadonlyArray<readonly Run[]>>,
  widths: readonly number[],
  line: number,
  room: number,
): number {
  let total = 0;
  for (const row of rows) {
    let tallest = 0;
    for (let i = 0; i < row.length; i++) {
      const across = (widths[i] ?? 0) - CELL_MARGIN.across;
      let lines = 0;
      const runs = row[i] ?? [];
      for (const run of runs)
        lines += Math.max(1, Math.ceil(run.width / Math.max(across - run.indent - run.slack, 100)));
      // As a row is measured for keeping it on a page: lines, the space after each paragraph, margins.
      tallest = Math.max(tallest, lines * line + Math.max(runs.length, 1) * AFTER);
    }
    total += cost(tallest + CELL_MARGIN.down, room);
  }
  return total;
}

/** One step of the search: the move of `step` twips between two columns that lowers the height most. */
function bestMove(
  rows: ReadonlyArray<ReadonlyArray<readonly Run[]>>,
  widths: readonly number[],
  minima: readonly number[],
  step: number,
  line: number,
  room: number,
): { widths: number[]; height: number } | undefined {
  let best: { widths: number[]; height: number } | undefined;
  let height = tableHeight(rows, widths, line, room);
  for (let to = 0; to < widths.length; to++)
    for (let from = 0; from < widths.length; from++) {
      if (to === from || (widths[from] ?? 0) - step < (minima[from] ?? 0)) continue;
      const moved = widths.map((w, i) => (i === to ? w + step : i === from ? w - step : w));
      const h = tableHeight(rows, moved, line, room);
      if (h < height) {
        height = h;
        best = { widths: moved, height: h };
      }
    }
  return best;
}

/**
 * Column widths in twips for a table whose rows (header and data, each a list of cells, each a
 * list of paragraphs) fill `total` twips: no column narrower than its longest word (a word wider
 * than a quarter of the table may break), and the rest of the room given where it makes the
 * table shortest, so a column of long text is wide and no row grows tall for want of room; no
 * row is pushed past `room` (the twips a page has for a row) to shorten the others. The search
 * starts from widths by each column's amount of text and moves room between columns while the
 * estimated height of the rows (up to 300 of them) falls.
 */
export function contentWidths(
  rows: ReadonlyArray<ReadonlyArray<readonly MeasuredParagraph[]>>,
  total: number,
  halfPoints: number,
  room = Number.POSITIVE_INFINITY,
): number[] {
  const count = rows[0]?.length ?? 0;
  if (count === 0) return [];
  const cap = total / 4;
  const wanted = Array.from({ length: count }, (_, i) =>
    Math.round(
      Math.max(...rows.map((row) => longestWordWidth(row[i] ?? [], halfPoints, cap)), 0) +
        CELL_MARGIN.across +
        30,
    ),
  );
  const minima = fittedMinima(wanted, total);
  const runs = sample(rows, 300).map((row) => row.map((cell) => cell.map((p) => runOf(p, halfPoints))));
  const amount = Array.from(
    { length: count },
    (_, i) => runs.reduce((sum, row) => sum + (row[i] ?? []).reduce((s, r) => s + r.width, 0), 0) + 1,
  );
  let widths = fitWidths(amount, minima, total);
  const line = lineHeight(halfPoints);
  // The search's estimate of a row is within a few per cent of its measure: keep clear of the room.
  const near = room * 0.95;
  for (const share of [20, 50, 120, 300]) {
    const step = Math.max(Math.floor(total / share), 1);
    for (let moves = 0; moves < 200; moves++) {
      const move = bestMove(runs, widths, minima, step, line, near);
      if (move === undefined) break;
      widths = move.widths;
    }
  }
  return splitWidth(widths, total);
}
