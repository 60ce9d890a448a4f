import type { Paragraph, Run } from "../content/content";
import { hasMarks, normalRuns } from "./inline-marks";

/**
 * The paragraph of some runs in its usual form: bold throughout is `strong` (its runs then carry
 * no `bold`), and `runs` only where some run has a mark.
 */
export function paragraphOfRuns(runs: readonly Run[]): Paragraph {
  const text = runs.length === 1 ? (runs[0] as Run).text : runs.map((run) => run.text).join("");
  if (!hasMarks(runs)) return { kind: "paragraph", text };
  const strong = runs.length > 0 && runs.every((run) => run.bold === true);
  const rest = normalRuns(strong ? runs.map(({ bold: _bold, ...run }) => run) : runs);
  return {
    kind: "paragraph",
    text,
    ...(strong ? { strong: true } : {}),
    ...(hasMarks(rest) ? { runs: rest } : {}),
  };
}

/** A paragraph's runs with `strong` applied to each: what a reader sees, run by run. */
export function paragraphRuns(paragraph: Paragraph): Run[] {
  const runs = paragraph.runs ?? [{ text: paragraph.text }];
  return normalRuns(paragraph.strong === true ? runs.map((run) => ({ ...run, bold: true })) : runs);
}
