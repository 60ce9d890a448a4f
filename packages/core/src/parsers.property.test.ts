import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { Content } from "./content/content";
import { parseContent } from "./content/parse-content";
import { Money } from "./money/money";
import { parseMoney } from "./money/parse-money";
import { OutcomeRefList } from "./outcome-ref/outcome-ref";
import { parseOutcomeRefs } from "./outcome-ref/parse-outcome-refs";
import { parsePlanPeriod } from "./period/parse-plan-period";
import { parseYesNo } from "./plan/yes-no";
import { ReportedStatus } from "./status/canonical-status";
import { normaliseStatus } from "./status/normalise-status";
import { parseTimescale } from "./timescale/parse-timescale";
import { Timescale } from "./timescale/timescale";

// Any text at all (binary units find what the default generator misses), and text made of the
// pieces plans are written with, so the grammar's corners are reached too.
const anyText = fc.string({ unit: "binary", maxLength: 80 });
const pieces = fc
  .array(
    fc.constantFrom(
      "July",
      "Dec",
      "08",
      "2008",
      "-",
      "–",
      "/",
      "09",
      "1/10/08",
      "31/02/2010",
      "Year",
      "1-3",
      "by end of",
      "& 1/4ly thereafter",
      "ongoing",
      "(",
      ")",
      "A1",
      "B5",
      "C",
      ";",
      ",",
      "&amp;",
      "£",
      "30k",
      "Total",
      ":",
      "102,000",
      "\n",
      " ",
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));
const text = fc.oneof(anyText, pieces);

describe("parsers never throw, and keep what they read (property)", () => {
  test.prop([text], { numRuns: 1000 })("parseTimescale gives a valid timescale with its raw text", (raw) => {
    const { value, issues } = parseTimescale(raw);
    expect(value.raw).toBe(raw);
    expect(Timescale.safeParse(value).success).toBe(true);
    expect(issues.every((issue) => issue.code.startsWith("timescale/"))).toBe(true);
  });

  test.prop(
    [
      text,
      fc.constantFrom("nab-2008", "nsmo-2006", "sg-national-outcomes-2007", "cjpf-2023", "no-such-framework"),
    ],
    { numRuns: 1000 },
  )("parseOutcomeRefs gives valid references, every one an outcome of the framework", (raw, framework) => {
    const { value } = parseOutcomeRefs(raw, { framework });
    expect(value.raw).toBe(raw);
    expect(OutcomeRefList.safeParse(value).success).toBe(true);
    expect(new Set(value.refs.map((ref) => ref.code)).size).toBe(value.refs.length);
  });

  test.prop([text], { numRuns: 1000 })(
    "parseMoney gives valid money in whole pence with its raw text",
    (raw) => {
      const { value } = parseMoney(raw);
      expect(value.raw).toBe(raw);
      expect(Money.safeParse(value).success).toBe(true);
    },
  );

  test.prop([anyText], { numRuns: 1000 })(
    "parseContent, normaliseStatus, parseYesNo and parsePlanPeriod never throw",
    (raw) => {
      expect(Content.safeParse(parseContent(raw)).success).toBe(true);
      expect(ReportedStatus.safeParse(normaliseStatus(raw)).success).toBe(true);
      expect(parseYesNo(raw).raw).toBe(raw);
      expect(() => parsePlanPeriod(raw)).not.toThrow();
    },
  );
});

// Long cells built from the pieces plans are written with: each parser must answer (no stack
// overflow, no runaway), whatever the length. How the time grows is measured by `pnpm bench`
// (bench/src/parser-growth.ts), never asserted here.
const long = fc
  .array(
    fc.constantFrom(
      "2010-11 ",
      "Year 1-",
      "£1 ",
      "£1,000 ",
      "A1-A5; ",
      "Q2 ",
      "Outcome 1: ",
      "• ",
      "1. ",
      "\n",
      "- ",
      "(",
      "--",
    ),
    { minLength: 5_000, maxLength: 20_000 },
  )
  .map((parts) => parts.join(""));

describe("parsers on long input (property)", () => {
  test.prop([long], { numRuns: 10 })(
    "every parser answers a long cell with a valid value",
    (raw) => {
      expect(Timescale.safeParse(parseTimescale(raw).value).success).toBe(true);
      expect(Money.safeParse(parseMoney(raw).value).success).toBe(true);
      expect(OutcomeRefList.safeParse(parseOutcomeRefs(raw).value).success).toBe(true);
      expect(Content.safeParse(parseContent(raw)).success).toBe(true);
      expect(parsePlanPeriod(raw).ok).toBe(false);
    },
    300_000,
  );
});
