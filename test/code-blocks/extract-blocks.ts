/** A fenced TypeScript or JavaScript block of a Markdown file. */
export type CodeBlock = {
  /** The Markdown file, from the repository root. */
  file: string;
  /** The line of the opening fence, from 1. */
  line: number;
  lang: "ts" | "js";
  /** Words after the language on the fence: `no-run` compiles the block without running it. */
  flags: string[];
  code: string;
};

const FENCE = /^```(ts|typescript|js|javascript)((?:[ \t]+[\w-]+)*)[ \t]*$/;

/** Every ```ts / ```js block of a Markdown text, in order. */
export function extractBlocks(file: string, markdown: string): CodeBlock[] {
  const lines = markdown.split("\n");
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = FENCE.exec(lines[index] ?? "");
    if (open === null) continue;
    const end = lines.findIndex((text, at) => at > index && text.startsWith("```"));
    if (end === -1) break;
    blocks.push({
      file,
      line: index + 1,
      lang: open[1]?.startsWith("t") ? "ts" : "js",
      flags: (open[2] ?? "").trim().split(/\s+/).filter(Boolean),
      code: `${lines.slice(index + 1, end).join("\n")}\n`,
    });
    index = end;
  }
  return blocks;
}
