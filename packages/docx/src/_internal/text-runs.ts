import type { Run } from "@cja-kit/core";
import { Tab, TextRun } from "docx";
import { cleanText } from "./clean-text";
import { at, type Context, type Where } from "./context";

/** How a run of text looks, beyond its paragraph's style. */
export type RunLook = {
  bold?: boolean;
  italics?: boolean;
  underline?: Record<string, never>;
  superScript?: boolean;
  color?: string;
  size?: number;
};

/**
 * Runs for a string: control characters removed (with a warning), tabs kept as tabs and line
 * breaks as line breaks.
 */
export function textRuns(context: Context, text: string, where: Where, look: RunLook = {}): TextRun[] {
  const lines = cleanText(context, text, where).split(/\r\n|\r|\n/);
  return lines.map(
    (line, index) =>
      new TextRun({
        ...look,
        ...(index === 0 ? {} : { break: 1 }),
        children: line.split("\t").flatMap((part, k) => (k === 0 ? [part] : [new Tab(), part])),
      }),
  );
}

/** A content run's marks as Word run properties (`w:b`, `w:i`, `w:u`, `w:vertAlign` superscript). */
function runLook(run: Run): RunLook {
  return {
    ...(run.bold === true ? { bold: true } : {}),
    ...(run.italic === true ? { italics: true } : {}),
    ...(run.underline === true ? { underline: {} } : {}),
    ...(run.superscript === true ? { superScript: true } : {}),
  };
}

/** Runs for content runs at `where` (run i at `where`, i, `text`), each with its marks and `look`. */
export function markedRuns(
  context: Context,
  runs: readonly Run[],
  where: Where,
  look: RunLook = {},
): TextRun[] {
  return runs.flatMap((run, i) =>
    textRuns(context, run.text, at(where, i, "text"), { ...look, ...runLook(run) }),
  );
}
