import type { Block, Content, Paragraph, Run } from "../content/content";
import { paragraphOfRuns, paragraphRuns } from "./paragraph-of-runs";

const MARKS = ["bold", "italic", "underline", "superscript"] as const;

/** The space between two joined runs: marked only with what both sides share. */
function space(before: Run | undefined, after: Run | undefined): Run {
  const run: Run = { text: " " };
  for (const mark of MARKS) if (before?.[mark] === true && after?.[mark] === true) run[mark] = true;
  return run;
}

/** Two paragraphs as one, their marks kept; without runs, the first paragraph's look as before. */
function joined(last: Paragraph, next: Paragraph): Paragraph {
  if (last.runs === undefined && next.runs === undefined)
    return { ...last, text: `${last.text} ${next.text}` };
  const before = paragraphRuns(last);
  const after = paragraphRuns(next);
  const paragraph = paragraphOfRuns([...before, space(before.at(-1), after[0]), ...after]);
  return last.blankLinesBefore === undefined
    ? paragraph
    : { ...paragraph, blankLinesBefore: last.blankLinesBefore };
}

/**
 * Content continued after a page break: the continuation's first paragraph joins the last
 * paragraph when it carries on the cut sentence (starts lower-case), else blocks are appended.
 */
export function appendContent(first: Content | undefined, more: Content | undefined): Content | undefined {
  if (more === undefined || more.length === 0) return first;
  if (first === undefined || first.length === 0) return more;
  const last = first.at(-1) as Block;
  const [next, ...rest] = more as [Block, ...Block[]];
  if (last.kind === "paragraph" && next.kind === "paragraph" && /^[a-z]/.test(next.text)) {
    return [...first.slice(0, -1), joined(last, next), ...rest];
  }
  return [...first, ...more];
}
