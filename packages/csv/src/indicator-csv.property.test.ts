import { type Indicator, indicatorsFromLongRows, nationalBodies } from "@cja-kit/core";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { readIndicatorCsv } from "./read-indicator-csv";
import { writeIndicatorCsv } from "./write-indicator-csv";

// Any Unicode on one line (binary units find quoting bugs), trimmed as a table's reader trims it.
const line = fc
  .string({ unit: "binary", minLength: 1, maxLength: 24 })
  .filter((s) => s.isWellFormed() && !/[\r\n]/.test(s))
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const year = fc.integer({ min: 2000, max: 2040 });
const fy = (y: number) => `${y}-${String((y + 1) % 100).padStart(2, "0")}`;
// Periods of every kind, as formatReportingPeriod writes them and partnerships head their columns.
const period = fc.oneof(
  year.map(fy),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${fy(y)} Q${q}`),
  fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${fy(y)} H${h}`),
  fc.tuple(year, fc.integer({ min: 1, max: 9 })).map(([y, n]) => `Update ${n} (${y}-01-01 to ${y}-03-31)`),
  year.map((y) => `${y}-06-01 to ${y}-12-31`),
);
const figure = fc.oneof(
  fc.integer({ min: -99_999, max: 9_999_999 }).map((n) => n.toLocaleString("en-GB")),
  fc.integer({ min: 0, max: 1000 }).map((n) => `${n / 10}%`),
  fc.constantFrom("..", "n/a", "-"),
);
const indicator = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/),
  name: line,
  type: fc.constantFrom("", "Quantitative", "Contextual", "Change and impact"),
  measure: fc.option(line, { nil: "" }),
  unit: fc.constantFrom("", "count", "percent"),
  direction: fc.constantFrom("", "higher-is-better", "lower-is-better"),
  series: fc.uniqueArray(fc.tuple(period, figure), { selector: ([p]) => p, maxLength: 5 }),
});
// The model the rows mean, as core reads them: what a CSV written from it must read back as.
const indicators = fc
  .uniqueArray(indicator, { selector: (i) => i.id, minLength: 1, maxLength: 4 })
  .map(
    (drafts): Indicator[] =>
      indicatorsFromLongRows(
        drafts.flatMap(({ series, ...fields }) =>
          series.length === 0 ? [fields] : series.map(([p, value]) => ({ ...fields, period: p, value })),
        ),
      ).value,
  );
const set = { title: "Generated", authority: nationalBodies["community-justice-scotland"] };

describe("writeIndicatorCsv then readIndicatorCsv", () => {
  test.prop([indicators, fc.constantFrom("wide" as const, "long" as const)])(
    "reads back the indicators written, in either table, or says why the wide table cannot",
    (written, layout) => {
      const { csv, issues } = writeIndicatorCsv({ ...set, indicators: written }, { layout });
      const read = readIndicatorCsv(csv, { set });
      expect(read.issues).toEqual([]);
      if (issues.length > 0) {
        // Only the wide table's columns can reorder a series, and the writer says so.
        expect([layout, ...new Set(issues.map((issue) => issue.code))]).toEqual([
          "wide",
          "csv/series-order-not-kept",
        ]);
        const periods = (list: readonly Indicator[]) =>
          list.map((i) => i.series?.map((p) => p.period).sort());
        expect(read.ok && periods(read.value.indicators)).toEqual(periods(written));
      } else expect(read.ok && read.value.indicators).toEqual(written);
    },
  );
});
