import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { paragraphOfRuns, paragraphRuns } from "../_internal/paragraph-of-runs";
import type { Block, Content, ListBlock, Paragraph, Run } from "./content";
import { Content as ContentSchema } from "./content";
import { formatContent } from "./format-content";
import { parseContent } from "./parse-content";

// Seed 002 2.3.1 cont./, operational detail: a paragraph then a list with typed numbers.
const arrestReferral: Content = [
  { kind: "paragraph", text: "Establish a process where advice is available at all stages from" },
  {
    kind: "list",
    marker: "none",
    items: [
      "1. Arrest Referral",
      "2. Social Worker in Court (with support from 4square)",
      "3. Core screening stage/PR2 referral to identify tenancies as priority prevention",
    ],
  },
];

describe("formatContent and parseContent", () => {
  it("writes paragraphs as lines and list items with their markers", () => {
    expect(formatContent(arrestReferral)).toBe(
      "Establish a process where advice is available at all stages from\n◦ 1. Arrest Referral\n◦ 2. Social Worker in Court (with support from 4square)\n◦ 3. Core screening stage/PR2 referral to identify tenancies as priority prevention",
    );
  });

  it("reads back what it wrote", () => {
    expect(parseContent(formatContent(arrestReferral))).toEqual(arrestReferral);
  });

  it("reads seed 003's milestone bullets and numbered recommendations", () => {
    expect(parseContent("• Audit carried out\n• Report published\n1. That the report be noted.")).toEqual([
      { kind: "list", marker: "bullet", items: ["Audit carried out", "Report published"] },
      { kind: "list", marker: "number", items: ["That the report be noted."] },
    ]);
  });

  it("escapes paragraphs that would read as list items or bold, and only those", () => {
    const tricky: Content = [
      { kind: "paragraph", text: "1. Arrest Referral" },
      { kind: "paragraph", text: "**not bold**" },
      { kind: "paragraph", text: "\\ a backslash" },
      { kind: "paragraph", text: "\\• an escaped bullet" },
      { kind: "paragraph", text: "RESOURCES", strong: true },
    ];
    expect(formatContent(tricky)).toBe(
      "\\1. Arrest Referral\n\\**not bold**\n\\ a backslash\n\\\\• an escaped bullet\n**RESOURCES**",
    );
    expect(parseContent(formatContent(tricky))).toEqual(tricky);
  });

  it("keeps blank lines, leading ones too, and reads Windows line ends", () => {
    expect(parseContent("\r\nOn target\r\n\r\nPart complete\r\n")).toEqual([
      { kind: "paragraph", text: "On target", blankLinesBefore: 1 },
      { kind: "paragraph", text: "Part complete", blankLinesBefore: 1 },
    ]);
    expect(formatContent(parseContent("\n\nOn target\n\n\nPart complete"))).toBe(
      "\n\nOn target\n\n\nPart complete",
    );
  });

  it("keeps a list's own numbers, and reads a year with a full stop as a title (issue 10, input 8)", () => {
    expect(parseContent("2010. Review of the registration scheme")).toEqual([
      { kind: "paragraph", text: "2010. Review of the registration scheme" },
    ]);
    expect(parseContent("5. Only item")).toEqual([
      { kind: "list", marker: "number", items: ["Only item"], start: 5 },
    ]);
    expect(parseContent("1. First\n3. Third")).toEqual([
      { kind: "list", marker: "number", items: ["First"] },
      { kind: "list", marker: "number", items: ["Third"], start: 3 },
    ]);
    for (const text of [
      "2010. Review of the registration scheme",
      "5. Only item",
      "1. First\n3. Third",
      "Recommendations:\n\n1. Note the report\n2. Agree the plan\n\n\nSigned",
      "998. a\n999. b\n1000. c",
      "\\not an escape",
    ]) {
      expect(formatContent(parseContent(text))).toBe(text);
    }
  });

  it("reads and writes marks inside lines: seed 002's underlined years and superscript ordinal", () => {
    const text =
      "__Year 1__ Complete data review\n• adopted on 5^th^ June 2008\n• **Now known as ADPs**\n**RESOURCES**\n**Bold** then plain";
    const read = parseContent(text);
    expect(read).toEqual([
      {
        kind: "paragraph",
        text: "Year 1 Complete data review",
        runs: [{ text: "Year 1", underline: true }, { text: " Complete data review" }],
      },
      {
        kind: "list",
        marker: "bullet",
        items: ["adopted on 5th June 2008", "Now known as ADPs"],
        runs: [
          [{ text: "adopted on 5" }, { text: "th", superscript: true }, { text: " June 2008" }],
          [{ text: "Now known as ADPs", bold: true }],
        ],
      },
      { kind: "paragraph", text: "RESOURCES", strong: true },
      {
        kind: "paragraph",
        text: "Bold then plain",
        runs: [{ text: "Bold", bold: true }, { text: " then plain" }],
      },
    ]);
    expect(formatContent(read)).toBe(text);
    expect(ContentSchema.safeParse(read).success).toBe(true);
  });

  it("escapes text that looks like the notation, and keeps plain content as it was", () => {
    const plain: Content = [
      { kind: "paragraph", text: "Rate ^ 2 and a_b" },
      { kind: "paragraph", text: "Not _italic_ really" },
      { kind: "list", marker: "bullet", items: ["**not bold**", "x^2^"] },
    ];
    expect(formatContent(plain)).toBe(
      "Rate ^ 2 and a_b\nNot \\_italic\\_ really\n• \\*\\*not bold\\*\\*\n• x\\^2\\^",
    );
    expect(parseContent(formatContent(plain))).toEqual(plain);
  });

  it("does not change its input", () => {
    const frozen = structuredClone(arrestReferral);
    Object.freeze(frozen);
    formatContent(frozen);
    expect(frozen).toEqual(arrestReferral);
  });
});

const line = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 30 })
  .filter((s) => /\S/.test(s) && !/[\r\n]/.test(s));
const markedRun: fc.Arbitrary<Run> = fc
  .record({
    text: fc.oneof(line, fc.constantFrom("*", "_", "^", "\\", "\\*", "**", "__", " ")),
    bold: fc.boolean(),
    italic: fc.boolean(),
    underline: fc.boolean(),
    superscript: fc.boolean(),
  })
  .map(({ text, ...marks }) => {
    const run: Run = { text };
    for (const [mark, on] of Object.entries(marks)) if (on) run[mark as keyof typeof marks] = true;
    return run;
  });
// Runs in their usual form: neighbours with the same marks joined, some text that is not space.
const markedLine = fc
  .array(markedRun, { minLength: 1, maxLength: 4 })
  .map((runs) => paragraphOfRuns(runs))
  .filter((p) => /\S/.test(p.text));
const blankLines = fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined });
const withBlank = <T extends Block>(block: T, blank: number | undefined): T =>
  blank === undefined ? block : { ...block, blankLinesBefore: blank };
const listOf = (marker: ListBlock["marker"], lines: readonly Paragraph[]): ListBlock => {
  const runs = lines.map((p) => (p.strong === true ? paragraphRuns(p) : (p.runs ?? [{ text: p.text }])));
  const marked = runs.some((r) => r.some((run) => Object.keys(run).length > 1));
  return { kind: "list", marker, items: lines.map((p) => p.text), ...(marked ? { runs } : {}) };
};
const block: fc.Arbitrary<Block> = fc.oneof(
  fc
    .record({ paragraph: markedLine, blank: blankLines })
    .map(({ paragraph, blank }) => withBlank<Block>(paragraph, blank)),
  fc
    .record({
      marker: fc.constantFrom("bullet" as const, "none" as const),
      lines: fc.array(markedLine, { minLength: 1, maxLength: 3 }),
      blank: blankLines,
    })
    .map(({ marker, lines, blank }) => withBlank<Block>(listOf(marker, lines), blank)),
  fc
    .record({ text: line, strong: fc.boolean(), blank: blankLines })
    .map(({ text, strong, blank }) =>
      withBlank<Block>(strong ? { kind: "paragraph", text, strong } : { kind: "paragraph", text }, blank),
    ),
  fc
    .record({
      marker: fc.constantFrom("bullet" as const, "number" as const, "none" as const),
      items: fc.array(line, { minLength: 1, maxLength: 4 }),
      start: fc.option(fc.integer({ min: 2, max: 999 }), { nil: undefined }),
      blank: blankLines,
    })
    .map(({ marker, items, start, blank }) => {
      const numbered = marker === "number" && start !== undefined && start + items.length <= 1000;
      return withBlank<Block>({ kind: "list", marker, items, ...(numbered ? { start } : {}) }, blank);
    }),
);
const nextNumber = (b: Block) => (b.kind === "list" ? (b.start ?? 1) + b.items.length : 0);
// Two adjacent lists of the same marker read back as one list (a numbered one only where its
// numbers run on): the documented limit of the form.
const content = fc.array(block, { maxLength: 6 }).filter((blocks) =>
  blocks.every((b, i) => {
    const next = blocks[i + 1];
    if (b.kind !== "list" || next?.kind !== "list" || next.marker !== b.marker) return true;
    if (next.blankLinesBefore !== undefined) return true;
    return b.marker === "number" && (next.start ?? 1) !== nextNumber(b);
  }),
);

// Text people type: list markers, numbers (years among them), marks, backslashes and blank lines.
const typedPieces = [
  ...["• ", "◦ ", "1. ", "2. ", "3. ", "2010. ", "0. ", "x", " ", "Plan", "."],
  ...["**", "*", "_", "__", "^", "5", "th"],
];
const typedTextOf = (pieces: readonly string[]) =>
  fc
    .array(
      fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((parts) => parts.join("")),
      { maxLength: 8 },
    )
    .map((lines) => lines.map((line) => (/\S/.test(line) ? line : "")))
    .map((lines) => {
      while (lines.length > 0 && lines.at(-1) === "") lines.pop();
      return lines.join("\n");
    });

describe("content text form (property)", () => {
  // Delimiters side by side (`**a****b**` joins two runs; `__**x**__` and `**__x__**` are the same
  // marks) and a backslash before `*`, `_` or `^` (an escape) do not come back as typed.
  const sideBySide = /\*\*\*|\*\*[_^]|[_^]\*\*|_\^|\^_|___|\^\^/;
  test.prop([typedTextOf(typedPieces).filter((t) => !sideBySide.test(t))], { numRuns: 2000 })(
    "formatContent gives back exactly the text parseContent read",
    (text) => {
      const content = parseContent(text);
      expect(ContentSchema.safeParse(content).success).toBe(true);
      expect(formatContent(content)).toBe(text);
    },
  );

  test.prop([typedTextOf([...typedPieces, "\\", "\\\\"])], { numRuns: 2000 })(
    "formatContent writes what parseContent read so that it reads back the same",
    (text) => {
      const content = parseContent(text);
      expect(ContentSchema.safeParse(content).success).toBe(true);
      expect(parseContent(formatContent(content))).toEqual(content);
    },
  );

  test.prop([typedTextOf(["• ", "1. ", "2010. ", "\\", "**", "x", " ", "Plan", "."])], { numRuns: 1000 })(
    "text without marks comes back as typed, backslashes included",
    (text) => {
      fc.pre(!/\*\*\*\*|\\\*/.test(text));
      expect(formatContent(parseContent(text))).toBe(text);
    },
  );

  test.prop([content], { numRuns: 1000 })(
    "parseContent reads back every content formatContent writes",
    (value) => {
      expect(ContentSchema.safeParse(value).success).toBe(true);
      expect(parseContent(formatContent(value))).toEqual(value);
    },
  );
});
