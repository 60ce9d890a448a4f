import { Tab, TextRun } from "docx";
import { cleanText } from "./clean-text";
import type { Context, Where } from "./context";

/** How a run of text looks, beyond its paragraph's style. */
export type RunLook = { bold?: boolean; italics?: boolean; color?: string; size?: number };

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
