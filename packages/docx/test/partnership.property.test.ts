import {
  type AnnualPerformanceReport,
  communityJusticePartnerships,
  createProgressEntry,
  type Indicator,
  type IndicatorSet,
  Issue,
  type Plan,
  type ProgressReturn,
  type SeriesPoint,
} from "@cja-kit/core";
import { fc, test } from "@fast-check/vitest";
import JSZip from "jszip";
import { describe, expect } from "vitest";
import {
  renderAnnualPerformanceReport,
  renderDeliveryPlan,
  renderIndicatorSet,
  renderOutcomeImprovementPlan,
} from "../src/index";
import { toBuffer } from "../src/node";

// Any Unicode in every text, repeated and missing periods, markers, negative and huge figures: the
// new kinds must clean what a .docx cannot hold (with a warning) and never throw or write broken XML.
const line = fc
  .string({ unit: "binary", minLength: 1, maxLength: 20 })
  .filter((s) => /\S/.test(s) && !/[\r\n]/.test(s));
const period = fc.oneof(
  fc.constantFrom("2010-11", "2011-12", "2012-13", "2013-14", "Update 2", "2019"),
  line,
);
const point: fc.Arbitrary<SeriesPoint> = fc.oneof(
  fc
    .tuple(period, fc.double({ min: -1e12, max: 1e12, noNaN: true }))
    .map(([p, value]) => ({ period: p, raw: String(value), value, availability: "value" as const })),
  fc
    .tuple(period, fc.constantFrom("..", "*", "x", "n/a"))
    .map(([p, raw]) => ({ period: p, raw, availability: "not-available" as const })),
  fc.tuple(period, line).map(([p, raw]) => ({ period: p, raw, availability: "unreadable" as const })),
);
const indicator: fc.Arbitrary<Indicator> = fc
  .record({
    name: line,
    measure: fc.option(line, { nil: undefined }),
    series: fc.array(point, { maxLength: 8 }),
    direction: fc.option(fc.constantFrom("higher-is-better" as const, "lower-is-better" as const), {
      nil: undefined,
    }),
    actionNumber: fc.option(fc.constantFrom("1", "2", "9"), { nil: undefined }),
  })
  .map((r) => ({
    id: "generated",
    name: r.name,
    series: r.series,
    ...(r.measure === undefined ? {} : { measure: r.measure }),
    ...(r.direction === undefined ? {} : { direction: r.direction }),
    ...(r.actionNumber === undefined ? {} : { actionNumber: r.actionNumber }),
  }));
const authority = communityJusticePartnerships["east-lothian"];
const set = fc
  .array(indicator, { maxLength: 5 })
  .map((indicators): IndicatorSet => ({ title: "Generated", authority, indicators }));
const paragraph = line.map((text) => [{ kind: "paragraph" as const, text }]);

const report: fc.Arbitrary<AnnualPerformanceReport> = fc
  .array(
    fc.record({
      heading: line,
      scores: fc.array(line, { maxLength: 3 }),
      narrative: paragraph,
      indicators: fc.array(indicator, { maxLength: 3 }),
      study: paragraph,
    }),
    { maxLength: 3 },
  )
  .map((outcomes) => ({
    title: "Generated report",
    authority,
    period: { kind: "financial-year", year: "2023-24" },
    outcomes: outcomes.map((o) => ({
      heading: o.heading,
      selfAssessment: o.scores.map((raw) => ({ label: "Reporting Year", raw })),
      narrative: o.narrative,
      indicators: o.indicators,
      caseStudies: [{ content: o.study }],
    })),
  }));

const plan: fc.Arbitrary<Plan> = fc
  .array(fc.record({ aim: line, deliverable: paragraph, lead: paragraph }), { minLength: 1, maxLength: 3 })
  .map((rows) => ({
    kind: "delivery-plan",
    title: "Generated plan",
    authority,
    period: { from: "2023-24", to: "2024-25" },
    columns: [
      { field: "number", label: "No." },
      { field: "title", label: "Deliverable" },
      { field: "lead", label: "Lead partner" },
    ],
    themes: rows.map((row, i) => ({
      title: row.aim,
      outcomeRefs: { raw: row.aim, refs: [] },
      actions: [{ number: String(i + 1), title: row.deliverable, rows: [{ lead: row.lead }] }],
    })),
  }));

const update = (p: Plan, status: string): ProgressReturn => ({
  authority,
  period: { kind: "update", number: 2, start: "2024-01-01", end: "2024-03-31" },
  entries: p.themes.map((_, i) =>
    createProgressEntry({ action: String(i + 1), progress: [{ kind: "paragraph", text: status }] }),
  ),
});

// Characters XML 1.0 does not allow, and lone surrogates.
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

async function writesCleanXml(rendered: ReturnType<typeof renderIndicatorSet>) {
  expect(rendered.issues.every((issue) => Issue.safeParse(issue).success)).toBe(true);
  const zip = await JSZip.loadAsync(await toBuffer(rendered));
  const parts = Object.keys(zip.files).filter((path) => /\.(xml|rels)$/.test(path));
  for (const path of parts)
    expect(NOT_XML.test((await zip.file(path)?.async("string")) ?? ""), path).toBe(false);
}

describe("today's kinds render any valid data (property)", () => {
  test.prop([set], { numRuns: 60 })(
    "an indicator set",
    async (s) => writesCleanXml(renderIndicatorSet(s)),
    300_000,
  );

  test.prop([report], { numRuns: 40 })(
    "an annual performance report",
    async (r) => writesCleanXml(renderAnnualPerformanceReport(r)),
    300_000,
  );

  test.prop([plan, line, set], { numRuns: 40 })(
    "a delivery plan with an update, and as an outcome improvement plan with indicators",
    async (p, status, s) => {
      await writesCleanXml(renderDeliveryPlan(p, update(p, status)));
      await writesCleanXml(renderOutcomeImprovementPlan(p, undefined, { indicators: [s] }));
    },
    300_000,
  );
});
