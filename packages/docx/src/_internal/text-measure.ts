// Text measured as Word sets it in Arial (and Liberation Sans, which has Arial's metrics): widths
// of the printable ASCII characters in thousandths of an em, from Helvetica's and Helvetica
// Bold's published metrics (the Adobe core-font AFM files), which Arial and Arial Bold share.
// Other characters count as an average lower-case letter.
const WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
// Bold is not regular scaled: "responsibility" is 4% wider than 1.08 times its regular width,
// enough to break a header label that was measured to just fit.
const BOLD_WIDTHS = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278,
  556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584,
  556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556,
  333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
const AVERAGE = 556;
const BOLD_AVERAGE = 611;

/** The width of some text in twips at a size in half-points. */
export function textWidth(text: string, halfPoints: number, bold = false): number {
  const widths = bold ? BOLD_WIDTHS : WIDTHS;
  const average = bold ? BOLD_AVERAGE : AVERAGE;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    units += code >= 32 && code <= 126 ? (widths[code - 32] ?? average) : average;
  }
  // A point is 20 twips and a half-point 10: units/1000 em × halfPoints/2 pt × 20.
  return (units / 1000) * halfPoints * 10;
}

/** The words of a paragraph as Word breaks lines: at spaces, and after a hyphen or slash. */
export const words = (text: string): string[] => text.split(/ +|(?<=[/-])/).filter((w) => w.length > 0);

/**
 * How many lines a paragraph takes in `available` twips: words set greedily as Word sets them,
 * a word wider than the line broken across lines. An empty paragraph still takes one.
 */
export function lineCount(text: string, available: number, halfPoints: number, bold = false): number {
  const space = textWidth(" ", halfPoints, bold);
  let lines = 1;
  let used = 0;
  for (const line of text.split(/\r\n|\r|\n/).map((l, i) => ({ l, i }))) {
    if (line.i > 0) {
      lines++;
      used = 0;
    }
    for (const word of words(line.l)) {
      const width = textWidth(word, halfPoints, bold);
      if (used > 0 && used + space + width > available) {
        lines++;
        used = 0;
      }
      if (width > available) {
        lines += Math.floor(width / Math.max(available, 1));
        used = width % Math.max(available, 1);
      } else used += (used > 0 ? space : 0) + width;
    }
  }
  return lines;
}
