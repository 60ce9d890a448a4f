import { type CouncilProgress, formatContent, parseContent } from "@cja-kit/core";

const HEADER = /^## (.+)$/s;

/**
 * Per-council progress as text: each part a line "## SLC" followed by its content's lines; a
 * content line that would read as a part heading gets a leading backslash.
 */
export function formatCouncils(parts: readonly CouncilProgress[] | undefined): string {
  return (parts ?? [])
    .flatMap((part) => [
      `## ${part.council}`,
      ...formatContent(part.progress)
        .split("\n")
        .filter((l) => l.length > 0)
        .map((l) => (HEADER.test(l) ? `\\${l}` : l)),
    ])
    .join("\n");
}

/** Reads {@link formatCouncils}' form back; text before the first heading is returned apart. */
export function parseCouncils(text: string): { parts: CouncilProgress[]; stray: string } {
  const parts: Array<{ council: string; lines: string[] }> = [];
  const stray: string[] = [];
  for (const line of text.split(/\r?\n|\r/)) {
    const header = HEADER.exec(line);
    if (header?.[1] !== undefined) parts.push({ council: header[1].trim(), lines: [] });
    else (parts.at(-1)?.lines ?? stray).push(line);
  }
  return {
    parts: parts.map((part) => ({ council: part.council, progress: parseContent(part.lines.join("\n")) })),
    stray: stray.join("\n").trim(),
  };
}
