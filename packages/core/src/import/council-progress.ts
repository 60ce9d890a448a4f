import { guarded, isArrayOfObjects, isText, optional } from "../_internal/guard";
import { formatContent } from "../content/format-content";
import { parseContent } from "../content/parse-content";
import type { CouncilProgress } from "../progress/progress-return";

const HEADER = /^## (.+)$/s;
/** A content line that would read as a part heading, however many backslashes content's own escape put before it. */
const LIKE_HEADER = /^\\*## ./s;

/** Content's lines, blank lines between blocks kept; none for no content. */
function contentLines(content: CouncilProgress["progress"]): string[] {
  const text = formatContent(content);
  return text === "" ? [] : text.split("\n");
}

/**
 * Per-council progress as the text of one cell: each part a line `## SLC` followed by its
 * content's lines; a content line that would read as a part heading gets a leading backslash.
 *
 * @param parts - Each council's part.
 * @returns The cell's text.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * formatCouncilProgress([{ council: "SLC", progress: [{ kind: "paragraph", text: "Group established." }] }]); // "## SLC\nGroup established."
 * ```
 */
export function formatCouncilProgress(parts: readonly CouncilProgress[] | undefined): string {
  return guarded(
    "formatCouncilProgress",
    () => [["parts", optional(isArrayOfObjects), parts]],
    () => formatCouncilProgressOf(parts),
  );
}

function formatCouncilProgressOf(parts: readonly CouncilProgress[] | undefined): string {
  return (parts ?? [])
    .flatMap((part) => [
      `## ${part.council}`,
      ...contentLines(part.progress).map((l) => (LIKE_HEADER.test(l) ? `\\${l}` : l)),
    ])
    .join("\n");
}

/** A line {@link formatCouncilProgress} escaped, without that one backslash. */
const unescaped = (line: string) =>
  line.startsWith("\\") && LIKE_HEADER.test(line.slice(1)) ? line.slice(1) : line;

/**
 * Reads {@link formatCouncilProgress}' form back; text before the first `## ` line is returned
 * apart (`stray`), so the caller can keep it.
 *
 * @param text - The cell's text.
 * @returns The parts, and any text before the first part.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * parseCouncilProgress("## NLC\nOne programme completed.").parts[0]?.council; // "NLC"
 * ```
 */
export function parseCouncilProgress(text: string): { parts: CouncilProgress[]; stray: string } {
  return guarded(
    "parseCouncilProgress",
    () => [["text", isText, text]],
    () => parseCouncilProgressOf(text),
  );
}

function parseCouncilProgressOf(text: string): { parts: CouncilProgress[]; stray: string } {
  const parts: Array<{ council: string; lines: string[] }> = [];
  const stray: string[] = [];
  for (const line of text.split(/\r?\n|\r/)) {
    const header = HEADER.exec(line);
    if (header?.[1] !== undefined) parts.push({ council: header[1].trim(), lines: [] });
    else (parts.at(-1)?.lines ?? stray).push(unescaped(line));
  }
  return {
    parts: parts.map((part) => ({ council: part.council, progress: parseContent(part.lines.join("\n")) })),
    stray: stray.join("\n").trim(),
  };
}
