import {
  type Block,
  communityJusticeAuthorities,
  createProgressEntry,
  Issue,
  type Plan,
  type ProgressReturn,
  parseTimescale,
} from "@cja-kit/core";
import { fc, test } from "@fast-check/vitest";
import JSZip from "jszip";
import { describe, expect } from "vitest";
import { renderActionPlan, renderProgressReport } from "../src/index";
import { toBuffer } from "../src/node";

// Any Unicode, control characters and lone surrogates included: the renderer must clean what a
// .docx cannot hold (with a warning) and never write a broken file.
const line = fc
  .string({ unit: "binary", minLength: 1, maxLength: 30 })
  .filter((s) => /\S/.test(s) && !/[\r\n]/.test(s));
const block: fc.Arbitrary<Block> = fc.oneof(
  line.map((text): Block => ({ kind: "paragraph", text })),
  fc
    .tuple(
      fc.constantFrom("bullet" as const, "number" as const, "none" as const),
      fc.array(line, { minLength: 1, maxLength: 3 }),
    )
    .map(([marker, items]): Block => ({ kind: "list", marker, items })),
);
const content = fc.array(block, { minLength: 1, maxLength: 3 });

const plan: fc.Arbitrary<Plan> = fc
  .array(
    fc.record({
      title: line,
      actions: fc.array(fc.record({ title: content, detail: content, lead: content, timescale: line }), {
        minLength: 1,
        maxLength: 3,
      }),
    }),
    { minLength: 1, maxLength: 3 },
  )
  .map((themes) => ({
    id: "generated",
    kind: "action-plan",
    title: "Generated",
    authority: communityJusticeAuthorities.glasgow,
    period: { from: "2010-11", to: "2010-11" },
    columns: [
      { field: "measure", label: "Key Measure" },
      { field: "detail", label: "Detail" },
      { field: "timescale", label: "Timescale" },
      { field: "lead", label: "Lead" },
      { field: "progress", label: "Progress" },
    ],
    themes: themes.map((theme, t) => ({
      number: `${t + 1}`,
      title: theme.title,
      actions: theme.actions.map((a, i) => ({
        number: `${t + 1}.${i + 1}`,
        title: a.title,
        rows: [{ detail: a.detail, lead: a.lead, timescale: parseTimescale(a.timescale).value }],
      })),
    })),
  }));

const progressFor = (p: Plan): ProgressReturn => ({
  authority: p.authority,
  period: { kind: "quarter", year: "2010-11", quarter: 2 },
  entries: p.themes.flatMap((t) =>
    (t.actions ?? []).map((a) => createProgressEntry({ action: a.number, progress: a.title ?? [] })),
  ),
});

// Characters XML 1.0 does not allow, and lone surrogates.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("any valid plan renders (property)", () => {
  test.prop([plan], { numRuns: 150 })(
    "as an action plan and a progress report, into XML with no forbidden character",
    async (p) => {
      for (const rendered of [renderActionPlan(p, progressFor(p)), renderProgressReport(p, progressFor(p))]) {
        expect(rendered.issues.every((issue) => Issue.safeParse(issue).success)).toBe(true);
        const zip = await JSZip.loadAsync(await toBuffer(rendered));
        const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
        expect(xml.length).toBeGreaterThan(0);
        expect(NOT_XML.test(xml)).toBe(false);
      }
    },
    300_000,
  );
});
