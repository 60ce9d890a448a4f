import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { moneyReading, periodReading, refsReading, timescaleReading } from "./readings";

// The wording corpus: real wording from the seed documents and from Scottish plans, returns and
// committee papers (each entry cites its source), with the reading each parser must give. Every
// entry must read exactly as recorded (100 %), and nothing may be read silently wrong: a part
// that is not understood carries a warning or an error and keeps its wording.

type Entry<E> = { text: string; source: string; framework?: string; expect: E };
const load = <E>(name: string): Entry<E>[] =>
  (
    JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", `${name}.json`), "utf8")) as {
      entries: Entry<E>[];
    }
  ).entries;

const timescales = load<ReturnType<typeof timescaleReading>>("timescales");
const money = load<ReturnType<typeof moneyReading>>("money");
const refs = load<ReturnType<typeof refsReading>>("outcome-refs");
const periods = load<ReturnType<typeof periodReading>>("plan-periods");

describe("the wording corpus", () => {
  it("holds at least 300 real wordings, each with its source", () => {
    const all = [...timescales, ...money, ...refs, ...periods];
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(all.filter((entry) => entry.source.trim().length === 0)).toEqual([]);
  });

  it.each(timescales.map((entry) => [entry.text, entry] as const))(
    "parseTimescale reads %j as recorded",
    (_text, entry) => {
      const reading = timescaleReading(entry.text);
      expect(reading).toEqual(entry.expect);
      // Never a silent guess: a part not read is named by an issue.
      if (reading.parts.some((part) => part.startsWith("unparsed")))
        expect(reading.issues.length).toBeGreaterThan(0);
    },
  );

  it.each(money.map((entry) => [entry.text, entry] as const))(
    "parseMoney reads %j as recorded",
    (_text, entry) => {
      const reading = moneyReading(entry.text);
      expect(reading).toEqual(entry.expect);
      const pounds = entry.text.split("£").length - 1;
      // Every pound sign is an amount read (or the total), or an issue names it.
      const read = reading.amounts.length + (reading.total === undefined ? 0 : 1);
      if (read < pounds) expect(reading.issues.length).toBeGreaterThan(0);
    },
  );

  it.each(refs.map((entry) => [`${entry.text} (${entry.framework})`, entry] as const))(
    "parseOutcomeRefs reads %j as recorded",
    (_text, entry) => {
      expect(refsReading(entry.text, entry.framework ?? "nab-2008")).toEqual(entry.expect);
    },
  );

  it.each(periods.map((entry) => [entry.text, entry] as const))(
    "parsePlanPeriod reads %j as recorded",
    (_text, entry) => {
      expect(periodReading(entry.text)).toEqual(entry.expect);
    },
  );
});
