import { type Atom, scanAtoms } from "../_internal/timescale-atoms";
import type { Issue, Parsed } from "../issue/issue";
import type { DateSpan, Timescale, TimescaleSegment, When } from "./timescale";

type Built = { when: When; label?: string; end: number; issues?: Issue[] };

const SEPARATORS = /^[\s&(),;:/–-]*(?:and)?[\s&(),;:/–-]*$/i;
const RANGE_JOIN = /^\s*(?:-|–|to|until)\s*$/i;
const BY_BEFORE = /\b(?:(?:by|before)(?:\s+the)?(?:\s+end\s+of)?|end\s+of)\s*$/i;
const FROM_BEFORE = /\b(?:from|since|starting(?:\s+in)?|commencing)\s*$/i;
const START_AFTER = /^\s*(?:start|onwards)\b/i;

function spanOf(atom: Atom | undefined): DateSpan | undefined {
  return atom?.kind === "span" ? atom.span : undefined;
}

function cleanLabel(text: string): string | undefined {
  const label = text
    .replace(/^[\s–\-=:;,/&().]+/, "")
    .replace(/^and\s+/i, "")
    .replace(/[\s–\-=:;,/&(.]+$/, "")
    .trim();
  return label.length > 0 ? label : undefined;
}

function joined(atoms: Atom[], i: number, test: RegExp, line: string): Atom | undefined {
  const current = atoms[i];
  const next = atoms[i + 1];
  if (current === undefined || next === undefined) return undefined;
  return test.test(line.slice(current.end, next.index)) ? next : undefined;
}

/** Where a recurrence's wording ends: after a following "thereafter", if any. */
function thereafter(atoms: Atom[], i: number, line: string): { end: number; extra: number } {
  const next = joined(atoms, i, SEPARATORS, line);
  return next?.kind === "thereafter" ? { end: next.end, extra: 1 } : { end: atoms[i]?.end ?? 0, extra: 0 };
}

function fromSpanAtom(atoms: Atom[], i: number, line: string, before: string): Built & { used: number } {
  const atom = atoms[i] as Atom & { kind: "span" };
  const next = joined(atoms, i, SEPARATORS, line);
  if (next?.kind === "frequency") {
    const { end, extra } = thereafter(atoms, i + 1, line);
    return { when: { kind: "recurring", interval: next.interval, first: atom.span }, end, used: 2 + extra };
  }
  if (next?.kind === "ongoing")
    return { when: { kind: "ongoing", since: atom.span }, end: next.end, used: 2 };
  const to = spanOf(joined(atoms, i, RANGE_JOIN, line));
  if (to !== undefined)
    return { when: { kind: "range", from: atom.span, to }, end: atoms[i + 1]?.end ?? atom.end, used: 2 };
  const after = line.slice(atom.end);
  const start = START_AFTER.exec(after);
  if (start !== null)
    return { when: { kind: "from", span: atom.span }, end: atom.end + start[0].length, used: 1 };
  const kind = BY_BEFORE.test(before) ? "by" : FROM_BEFORE.test(before) ? "from" : "date";
  return { when: { kind, span: atom.span }, end: atom.end, used: 1 };
}

function fromPlanYears(atoms: Atom[], i: number, line: string, before: string): Built & { used: number } {
  const atom = atoms[i] as Atom & { kind: "plan-years" };
  const next = joined(atoms, i, /^\s*[-–]?\s*$/, line);
  if (next?.kind === "span" && next.span.precision === "financial-year") {
    return { when: { kind: "date", span: next.span }, label: atom.text, end: next.end, used: 2 };
  }
  const ongoing = joined(atoms, i, SEPARATORS, line);
  if (ongoing?.kind === "ongoing")
    return { when: { kind: "ongoing", sincePlanYear: atom.from }, end: ongoing.end, used: 2 };
  const by = BY_BEFORE.test(before);
  return {
    when: { kind: "plan-years", from: atom.from, to: atom.to, ...(by ? { by } : {}) },
    end: atom.end,
    used: 1,
  };
}

function build(atoms: Atom[], i: number, line: string, before: string): Built & { used: number } {
  const atom = atoms[i] as Atom;
  switch (atom.kind) {
    case "span":
      return fromSpanAtom(atoms, i, line, before);
    case "plan-years":
      return fromPlanYears(atoms, i, line, before);
    case "fy-range":
      return { when: { kind: "range", from: atom.from, to: atom.to }, end: atom.end, used: 1 };
    case "duration":
      return {
        when: { kind: "duration", min: atom.min, max: atom.max, unit: atom.unit },
        end: atom.end,
        used: 1,
      };
    case "frequency": {
      const { end, extra } = thereafter(atoms, i, line);
      return { when: { kind: "recurring", interval: atom.interval }, end, used: 1 + extra };
    }
    case "immediate": {
      const ongoing = joined(atoms, i, SEPARATORS, line);
      return {
        when: { kind: "ongoing", immediate: true },
        end: ongoing?.kind === "ongoing" ? ongoing.end : atom.end,
        used: ongoing?.kind === "ongoing" ? 2 : 1,
      };
    }
    case "ongoing":
      return { when: { kind: "ongoing" }, end: atom.end, used: 1 };
    case "tba":
      return { when: { kind: "to-be-arranged" }, end: atom.end, used: 1 };
    case "thereafter":
      return { when: { kind: "unparsed" }, end: atom.end, used: 1 };
    case "invalid-date":
      return { when: { kind: "unparsed" }, end: atom.end, used: 1, issues: [invalidDate(atom.text)] };
    default: {
      const never: never = atom;
      return never;
    }
  }
}

function invalidDate(text: string): Issue {
  return {
    code: "timescale/invalid-date",
    severity: "error",
    message: `"${text}" is not a real date (dates are read day first: 1/10/08 is 1 October 2008); correct the date.`,
    path: [],
  };
}

function unparsed(line: string): Issue {
  return {
    code: "timescale/unparsed",
    severity: "warning",
    message: `No date, period or recurrence could be read in "${line}"; it is kept as written. Add a date (e.g. "July 2008", "2010-11", "Year 1-3") if it should be tracked.`,
    path: [],
  };
}

function withoutModifier(before: string): string {
  return before.replace(BY_BEFORE, "").replace(FROM_BEFORE, "");
}

function parseLine(line: string): Parsed<TimescaleSegment[]> {
  if (/^\s*current\s*$/i.test(line))
    return { value: [{ text: line.trim(), when: { kind: "ongoing" } }], issues: [] };
  // "thereafter" only means something after a frequency ("& 1/4ly thereafter").
  const atoms = scanAtoms(line).filter(
    (atom, k, all) => atom.kind !== "thereafter" || all[k - 1]?.kind === "frequency",
  );
  if (atoms.length === 0)
    return { value: [{ text: line.trim(), when: { kind: "unparsed" } }], issues: [unparsed(line.trim())] };
  const segments: TimescaleSegment[] = [];
  const issues: Issue[] = [];
  let cursor = 0;
  for (let i = 0; i < atoms.length; ) {
    const before = line.slice(cursor, atoms[i]?.index);
    const built = build(atoms, i, line, before);
    const label = cleanLabel([withoutModifier(before), built.label ?? ""].join(" "));
    segments.push({
      text: line.slice(cursor, built.end).trim(),
      ...(label === undefined ? {} : { label }),
      when: built.when,
    });
    issues.push(...(built.issues ?? []));
    cursor = built.end;
    i += built.used;
  }
  const trailing = line.slice(cursor);
  const last = segments.at(-1);
  if (last !== undefined && trailing.trim().length > 0) {
    last.text = `${last.text}${trailing}`.trim();
    const label = cleanLabel(`${last.label ?? ""} ${trailing}`);
    if (label !== undefined) last.label = label;
  }
  return { value: segments, issues };
}

/**
 * Reads timescale wording as written in plans into dated parts, keeping the text. Covers every
 * form in the seed documents: `July 2008`, `1/10/08` (day first), `2008-11` (financial years
 * 2008-09 to 2010-11), `2010/11`, `By March 2011`, `Dec 08 start`, `Year 1-3`, `end of year 1`,
 * `Immediate & ongoing`, `2008-09 and ongoing`, `September 2008 & 1/4ly thereafter`, `2-3 years`,
 * `TBA`, `Current`, milestone lists (`Approval Nov 07 Funding bid Dec 07 …`) and ranges
 * (`Oct 2009 – Oct 2010`). Each paragraph (line) is read on its own. Plan years stay relative:
 * resolve them with {@link timescaleWindow}. Wording with no date is kept as `unparsed` with a
 * warning, never guessed; an impossible date (`31/02/2010`) is an error.
 *
 * @param raw - The timescale as written; paragraphs separated by `\n`.
 * @returns The timescale and the issues met.
 * @example
 * ```ts
 * parseTimescale("Dec 08 start").value.segments[0]?.when;
 * // { kind: "from", span: { start: "2008-12-01", end: "2008-12-31", precision: "month" } }
 * ```
 */
export function parseTimescale(raw: string): Parsed<Timescale> {
  const segments: TimescaleSegment[] = [];
  const issues: Issue[] = [];
  for (const line of raw.split(/\r?\n|\r/)) {
    if (line.trim().length === 0) continue;
    const parsed = parseLine(line);
    segments.push(...parsed.value);
    issues.push(...parsed.issues);
  }
  return { value: { raw, segments }, issues };
}
