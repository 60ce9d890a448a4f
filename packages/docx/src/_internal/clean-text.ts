import type { Context, Where } from "./context";

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Whether a code point cannot go into a .docx: control characters other than tab and line
 * breaks, lone surrogates, and the noncharacters (U+FDD0-U+FDEF and the last two of every plane),
 * which Unicode keeps for a program's own use: the template filler uses two as its markers.
 */
function removable(point: number): boolean {
  if (point === 0x09 || point === 0x0a || point === 0x0d) return false;
  if (point < 0x20 || (point >= 0x7f && point <= 0x9f)) return true;
  if (point >= 0xd800 && point <= 0xdfff) return true;
  return (point >= 0xfdd0 && point <= 0xfdef) || (point & 0xfffe) === 0xfffe;
}

/** The code points of a string, a lone surrogate as itself. */
function* codePoints(text: string): Generator<{ point: number; length: number }> {
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    const paired = isHigh(code) && isLow(next);
    const point = paired ? (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000 : code;
    yield { point, length: paired ? 2 : 1 };
    i += paired ? 2 : 1;
  }
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;

/** Whether a string holds nothing {@link cleanText} would remove. */
export function isClean(text: string): boolean {
  for (const { point } of codePoints(text)) if (removable(point)) return false;
  return true;
}

/**
 * The text without the characters a .docx cannot hold (control characters other than tab and
 * line breaks, lone surrogates, noncharacters such as U+FFFE/U+FFFF), with a warning naming what
 * was removed and where.
 */
export function cleanText(context: Context, text: string, where: Where): string {
  if (isClean(text)) return text;
  const removed: number[] = [];
  let kept = "";
  let at = 0;
  for (const { point, length } of codePoints(text)) {
    if (removable(point)) removed.push(point);
    else kept += text.slice(at, at + length);
    at += length;
  }
  const which = [...new Set(removed)].map(hex).join(", ");
  context.issues.push({
    code: "docx/control-character-removed",
    severity: "warning",
    path: [...where.path],
    ...(where.actionNumber === undefined ? {} : { actionNumber: where.actionNumber }),
    ...(where.column === undefined ? {} : { column: where.column }),
    message: `Removed ${removed.length} character${removed.length === 1 ? "" : "s"} a Word document cannot hold (${which}) from "${kept.slice(0, 60)}"; remove ${removed.length === 1 ? "it" : "them"} from the source to silence this warning.`,
  });
  return kept;
}
