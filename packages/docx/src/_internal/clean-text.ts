import type { Context, Where } from "./context";

function removable(code: number, next: number, previous: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff) return true;
  if (code >= 0xd800 && code <= 0xdbff) return !(next >= 0xdc00 && next <= 0xdfff);
  if (code >= 0xdc00 && code <= 0xdfff) return !(previous >= 0xd800 && previous <= 0xdbff);
  return false;
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * The text without the characters a .docx cannot hold (control characters other than tab and
 * line breaks, lone surrogates, U+FFFE/U+FFFF), with a warning naming what was removed and where.
 */
export function cleanText(context: Context, text: string, where: Where): string {
  let clean = true;
  for (let i = 0; i < text.length && clean; i++)
    clean = !removable(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i - 1));
  if (clean) return text;
  const removed: number[] = [];
  let kept = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (removable(code, text.charCodeAt(i + 1), text.charCodeAt(i - 1))) removed.push(code);
    else kept += text[i];
  }
  if (removed.length > 0) {
    const which = [...new Set(removed)].map(hex).join(", ");
    context.issues.push({
      code: "docx/control-character-removed",
      severity: "warning",
      path: [...where.path],
      ...(where.actionNumber === undefined ? {} : { actionNumber: where.actionNumber }),
      ...(where.column === undefined ? {} : { column: where.column }),
      message: `Removed ${removed.length} character${removed.length === 1 ? "" : "s"} a Word document cannot hold (${which}) from "${kept.slice(0, 60)}"; remove ${removed.length === 1 ? "it" : "them"} from the source to silence this warning.`,
    });
  }
  return kept;
}
