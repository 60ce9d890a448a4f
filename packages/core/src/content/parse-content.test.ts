import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { Block, Content } from "./content";
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

  it("escapes paragraphs that would read as list items or bold", () => {
    const tricky: Content = [
      { kind: "paragraph", text: "1. Arrest Referral" },
      { kind: "paragraph", text: "**not bold**" },
      { kind: "paragraph", text: "\\ a backslash" },
      { kind: "paragraph", text: "RESOURCES", strong: true },
    ];
    expect(formatContent(tricky)).toBe(
      "\\1. Arrest Referral\n\\**not bold**\n\\\\ a backslash\n**RESOURCES**",
    );
    expect(parseContent(formatContent(tricky))).toEqual(tricky);
  });

  it("ignores blank lines and accepts Windows line ends", () => {
    expect(parseContent("On target\r\n\r\nPart complete\r\n")).toEqual([
      { kind: "paragraph", text: "On target" },
      { kind: "paragraph", text: "Part complete" },
    ]);
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
const block: fc.Arbitrary<Block> = fc.oneof(
  fc
    .record({
      kind: fc.constant("paragraph" as const),
      text: line,
      strong: fc.option(fc.constant(true), { nil: undefined }),
    })
    .map(({ strong, ...p }) => (strong === undefined ? p : { ...p, strong })),
  fc.record({
    kind: fc.constant("list" as const),
    marker: fc.constantFrom("bullet" as const, "number" as const, "none" as const),
    items: fc.array(line, { minLength: 1, maxLength: 4 }),
  }),
);
// Two adjacent lists of the same marker read back as one list: the documented limit of the form.
const content = fc.array(block, { maxLength: 6 }).filter((blocks) =>
  blocks.every((b, i) => {
    const next = blocks[i + 1];
    return !(b.kind === "list" && next?.kind === "list" && next.marker === b.marker);
  }),
);

describe("content text form (property)", () => {
  test.prop([content], { numRuns: 1000 })(
    "parseContent reads back every content formatContent writes",
    (value) => {
      expect(ContentSchema.safeParse(value).success).toBe(true);
      expect(parseContent(formatContent(value))).toEqual(value);
    },
  );
});
