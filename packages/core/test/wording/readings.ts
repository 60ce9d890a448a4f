import type { Issue } from "../../src/issue/issue";
import { parseMoney } from "../../src/money/parse-money";
import { parseOutcomeRefs } from "../../src/outcome-ref/parse-outcome-refs";
import { parsePlanPeriod } from "../../src/period/parse-plan-period";
import { parseTimescale } from "../../src/timescale/parse-timescale";
import type { DateSpan, When } from "../../src/timescale/timescale";

// Each parser's reading of a wording in a short, reviewable form: what the wording corpus
// (fixtures/wording/*.json) holds as the expected reading.

const span = (s: DateSpan) => `${s.precision} ${s.start}/${s.end}`;

function when(w: When): string {
  switch (w.kind) {
    case "date":
    case "by":
    case "from":
    case "event":
      return `${w.kind} ${span(w.span)}`;
    case "range":
      return `range ${span(w.from)} to ${span(w.to)}`;
    case "plan-years":
      return `plan-years ${w.from}-${w.to}${w.by === true ? " by" : ""}`;
    case "ongoing":
      return [
        "ongoing",
        w.immediate === true ? "immediate" : "",
        w.since ? `since ${span(w.since)}` : "",
        w.sincePlanYear ? `since year ${w.sincePlanYear}` : "",
      ]
        .filter((part) => part !== "")
        .join(" ");
    case "recurring":
      return `recurring every ${w.interval.every} ${w.interval.unit}${w.first ? ` from ${span(w.first)}` : ""}`;
    case "duration":
      return `duration ${w.min}-${w.max} ${w.unit}`;
    case "to-be-arranged":
    case "unparsed":
      return w.kind;
    default: {
      const never: never = w;
      return never;
    }
  }
}

const codes = (issues: readonly Issue[]) => issues.map((issue) => `${issue.severity} ${issue.code}`);

/** A timescale's reading: one line per part (meaning, then its label), and the issues. */
export function timescaleReading(text: string) {
  const parsed = parseTimescale(text);
  const parts = parsed.value.segments.map((s) =>
    s.label === undefined ? when(s.when) : `${when(s.when)} · ${s.label}`,
  );
  return { parts, issues: codes(parsed.issues) };
}

/** Resources' reading: the total, the amounts in pence, the bases, and the issues. */
export function moneyReading(text: string) {
  const parsed = parseMoney(text);
  const { total, amounts, bases } = parsed.value;
  return {
    ...(total === undefined ? {} : { total: total.pence }),
    amounts: amounts.map((amount) => amount.pence),
    bases,
    issues: codes(parsed.issues),
  };
}

/** Outcome references' reading in a plan's framework: every reference, and the issues. */
export function refsReading(text: string, framework: string) {
  const parsed = parseOutcomeRefs(text, { framework });
  return {
    refs: parsed.value.refs.map((ref) => `${ref.framework} ${ref.code}`),
    issues: codes(parsed.issues),
  };
}

/** A plan period's reading: first and last financial years, or the issues. */
export function periodReading(text: string) {
  const checked = parsePlanPeriod(text);
  return checked.ok
    ? { period: `${checked.value.from} to ${checked.value.to}`, issues: [] }
    : { issues: codes(checked.issues) };
}
