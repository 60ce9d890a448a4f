import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { findAuthority } from "./authority/find-authority";
import { Figure } from "./indicator/figure";
import { figureStyle, formatFigure } from "./indicator/format-figure";
import { parseFigure } from "./indicator/parse-figure";
import { Issue } from "./issue/issue";
import { formatReportingPeriod } from "./period/format-reporting-period";
import { parseReportingPeriod } from "./period/parse-reporting-period";
import { ReportingPeriod } from "./period/reporting-period";

const anyText = fc.string({ unit: "binary", maxLength: 80 });
const day = fc
  .date({ min: new Date(2000, 0, 1), max: new Date(2040, 11, 31), noInvalidDate: true })
  .map((date) =>
    [date.getFullYear(), date.getMonth() + 1, date.getDate()]
      .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0"))
      .join("-"),
  );
const year = fc
  .integer({ min: 2000, max: 2040 })
  .map((start) => `${start}-${String((start + 1) % 100).padStart(2, "0")}`);
const period: fc.Arbitrary<ReportingPeriod> = fc.oneof(
  fc.record({
    kind: fc.constant("quarter" as const),
    year,
    quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
  }),
  fc.record({ kind: fc.constant("half-year" as const), year, half: fc.constantFrom(1 as const, 2 as const) }),
  fc.record({ kind: fc.constant("financial-year" as const), year }),
  fc.record({ kind: fc.constant("plan-year" as const), number: fc.integer({ min: 1, max: 9 }), year }),
  fc.record({ kind: fc.constant("calendar-year" as const), year: fc.integer({ min: 1900, max: 2200 }) }),
  fc.tuple(day, day, fc.integer({ min: 1, max: 20 })).map(([a, b, number]) => ({
    kind: "update" as const,
    number,
    start: [a, b].sort()[0] ?? a,
    end: [a, b].sort()[1] ?? b,
  })),
  fc.tuple(day, day).map(([a, b]) => ({
    kind: "date-range" as const,
    start: [a, b].sort()[0] ?? a,
    end: [a, b].sort()[1] ?? b,
  })),
);

describe("today's parsers on any input", () => {
  test.prop([period])(
    "formatReportingPeriod writes a line parseReportingPeriod reads back the same",
    (value) => {
      expect(parseReportingPeriod(formatReportingPeriod(value))).toEqual({ ok: true, value, issues: [] });
    },
  );

  test.prop([anyText])(
    "parseReportingPeriod gives a valid period or located issues, keeping the text",
    (text) => {
      const checked = parseReportingPeriod(text);
      if (checked.ok) expect(ReportingPeriod.safeParse(checked.value).success).toBe(true);
      else
        expect(
          checked.issues.every((issue) => Issue.safeParse(issue).success && issue.actual !== undefined),
        ).toBe(true);
    },
  );

  test.prop([anyText])("parseFigure keeps the text as written and never invents a number", (text) => {
    const { value, issues } = parseFigure(text);
    expect(Figure.safeParse(value).success).toBe(true);
    expect(value.raw).toBe(text);
    expect(value.value === undefined).toBe(value.availability !== "value");
    expect(issues.every((issue) => Issue.safeParse(issue).success)).toBe(true);
  });

  test.prop([fc.integer({ min: -1e9, max: 1e9 }), fc.boolean()])(
    "formatFigure's figures read back as the same number",
    (n, grouping) => {
      const text = formatFigure(n, { ...figureStyle([]), grouping });
      expect(parseFigure(text).value.value).toBe(n);
    },
  );

  test.prop([anyText])("findAuthority never throws and says why when it finds nobody", (text) => {
    const checked = findAuthority(text);
    expect(checked.issues.every((issue) => Issue.safeParse(issue).success)).toBe(true);
    if (!checked.ok) expect(checked.issues[0]?.code).toBe("authority/unknown");
  });
});
