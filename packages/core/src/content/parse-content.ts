import type { Block, Content, ListMarker } from "./content";

type LineReading =
  | { kind: "paragraph"; text: string; strong: boolean }
  | { kind: "item"; marker: ListMarker; text: string; number?: number };

function readLine(line: string): LineReading {
  if (line.startsWith("\\")) return { kind: "paragraph", text: line.slice(1), strong: false };
  if (line.startsWith("• ")) return { kind: "item", marker: "bullet", text: line.slice(2) };
  if (line.startsWith("◦ ")) return { kind: "item", marker: "none", text: line.slice(2) };
  const numbered = /^(\d+)\. (.*)$/s.exec(line);
  if (numbered?.[1] !== undefined && numbered[2] !== undefined) {
    return { kind: "item", marker: "number", text: numbered[2], number: Number(numbered[1]) };
  }
  const strong = /^\*\*(.+)\*\*$/s.exec(line);
  if (strong?.[1] !== undefined) return readStrong(strong[1]);
  return { kind: "paragraph", text: line, strong: false };
}

function readStrong(inner: string): LineReading {
  const text = inner.startsWith("\\") ? inner.slice(1) : inner;
  return { kind: "paragraph", text, strong: true };
}

function continues(list: Block | undefined, reading: LineReading & { kind: "item" }): boolean {
  if (list?.kind !== "list" || list.marker !== reading.marker) return false;
  return reading.marker !== "number" || reading.number === list.items.length + 1;
}

/**
 * Reads the plain-text form written by {@link formatContent} back into paragraphs and lists.
 * Blank lines are ignored; `\r\n` line ends are accepted.
 *
 * @param text - The text of a cell or field.
 * @returns The content; empty for empty text.
 * @example
 * ```ts
 * parseContent("Milestones:\n• Audit carried out\n• Report published");
 * // [{ kind: "paragraph", text: "Milestones:" }, { kind: "list", marker: "bullet", items: ["Audit carried out", "Report published"] }]
 * ```
 */
export function parseContent(text: string): Content {
  const blocks: Block[] = [];
  for (const line of text.split(/\r?\n|\r/)) {
    if (line.trim().length === 0) continue;
    const reading = readLine(line);
    if (reading.kind === "paragraph") {
      blocks.push(
        reading.strong
          ? { kind: "paragraph", text: reading.text, strong: true }
          : { kind: "paragraph", text: reading.text },
      );
      continue;
    }
    const last = blocks.at(-1);
    if (last?.kind === "list" && continues(last, reading)) last.items.push(reading.text);
    else blocks.push({ kind: "list", marker: reading.marker, items: [reading.text] });
  }
  return blocks;
}
