import type { Issue } from "../issue/issue";
import type { DateSpan, When } from "../timescale/timescale";
import type { Atom } from "./timescale-atoms";
import type { Modifier } from "./timescale-modifiers";
import { isWord } from "./timescale-words";
import type { WordToken } from "./word-tokens";

/** One part of a line as read: its meaning, where its wording ends, how many atoms it used. */
export type Built = { when: When; end: number; next: number; used: number; label?: string; issues: Issue[] };

export type LineContext = { line: string; tokens: readonly WordToken[]; atoms: readonly Atom[] };

const SEPARATOR_CHARS = /[\s&(),;:/–—-]+/g;

/** The text between two atoms joins them as one thing ("2008-09 and ongoing", "July 2008 & 1/4ly"). */
export function separatorGap(gap: string): boolean {
  const rest = gap.replace(SEPARATOR_CHARS, " ").trim().toLowerCase();
  return rest === "" || rest === "and";
}

const RANGE_JOINS = ["-", "–", "—", "to", "until", "till", "through", "and"];

function rangeGap(gap: string): boolean {
  const rest = gap.trim().toLowerCase();
  return RANGE_JOINS.includes(rest) && rest !== "and";
}

function gapAfter(context: LineContext, i: number): string {
  const atom = context.atoms[i];
  const next = context.atoms[i + 1];
  return atom === undefined || next === undefined ? "" : context.line.slice(atom.end, next.index);
}

function nextIf(context: LineContext, i: number, test: (gap: string) => boolean): Atom | undefined {
  return test(gapAfter(context, i)) ? context.atoms[i + 1] : undefined;
}

const plain = (when: When, atom: Atom, used = 1): Built => ({
  when,
  end: atom.end,
  next: atom.next,
  used,
  issues: [],
});

/** Where a recurrence's wording ends: after a following "thereafter", if any. */
function recurring(context: LineContext, i: number, first: DateSpan | undefined, used: number): Built {
  const frequency = context.atoms[i + used - 1] as Atom & { kind: "frequency" };
  const after = nextIf(context, i + used - 1, separatorGap);
  const last = after?.kind === "thereafter" ? after : frequency;
  const when: When = {
    kind: "recurring",
    interval: frequency.interval,
    ...(first === undefined ? {} : { first }),
  };
  return { ...plain(when, last), used: used + (after?.kind === "thereafter" ? 1 : 0) };
}

function rangeEnd(atom: Atom): DateSpan | undefined {
  if (atom.kind === "span") return atom.span;
  return atom.kind === "range" ? atom.to : undefined;
}

/** A date, and what follows it: a recurrence, "and ongoing", a range, "start". */
function fromSpan(context: LineContext, i: number, span: DateSpan, modifier: Modifier): Built {
  const atom = context.atoms[i] as Atom;
  const joined = nextIf(context, i, separatorGap);
  if (joined?.kind === "frequency") return recurring(context, i, span, 2);
  if (joined?.kind === "ongoing") return plain({ kind: "ongoing", since: span }, joined, 2);
  const between = isWord(context.tokens[atom.first - 1], "between");
  const to = nextIf(context, i, (gap) => rangeGap(gap) || (between && gap.trim().toLowerCase() === "and"));
  const toSpan = to === undefined ? undefined : rangeEnd(to);
  if (to !== undefined && toSpan !== undefined)
    return plain({ kind: "range", from: span, to: toSpan }, to, 2);
  const after = context.tokens[atom.next];
  if (isWord(after, "start", "starts", "onwards", "onward")) {
    return { ...plain({ kind: "from", span }, atom), end: after?.end ?? atom.end, next: atom.next + 1 };
  }
  if (isWord(after, "and") && isWord(context.tokens[atom.next + 1], "beyond")) {
    const beyond = context.tokens[atom.next + 1] as WordToken;
    return { ...plain({ kind: "ongoing", since: span }, atom), end: beyond.end, next: atom.next + 2 };
  }
  return plain(modifier.kind === "date" ? { kind: "date", span } : { kind: modifier.kind, span }, atom);
}

function fromPlanYears(context: LineContext, i: number, modifier: Modifier): Built {
  const atom = context.atoms[i] as Atom & { kind: "plan-years" };
  const next = nextIf(context, i, (gap) => /^[\s(–-]*$/.test(gap));
  if (next?.kind === "span" && next.span.precision === "financial-year") {
    const label = context.line.slice(atom.index, atom.end);
    return { ...plain({ kind: "date", span: next.span }, next, 2), label };
  }
  const ongoing = nextIf(context, i, separatorGap);
  if (ongoing?.kind === "ongoing") return plain({ kind: "ongoing", sincePlanYear: atom.from }, ongoing, 2);
  const by = modifier.kind === "by";
  return plain({ kind: "plan-years", from: atom.from, to: atom.to, ...(by ? { by } : {}) }, atom);
}

/** What the atom at `i` (and any it joins with) means. */
export function buildPart(context: LineContext, i: number, modifier: Modifier): Built {
  const atom = context.atoms[i] as Atom;
  switch (atom.kind) {
    case "span":
      return fromSpan(context, i, atom.span, modifier);
    case "range":
      return plain({ kind: "range", from: atom.from, to: atom.to }, atom);
    case "plan-years":
      return fromPlanYears(context, i, modifier);
    case "duration":
      return plain({ kind: "duration", min: atom.min, max: atom.max, unit: atom.unit }, atom);
    case "frequency":
      return recurring(context, i, undefined, 1);
    case "immediate": {
      const ongoing = nextIf(context, i, separatorGap);
      return ongoing?.kind === "ongoing"
        ? plain({ kind: "ongoing", immediate: true }, ongoing, 2)
        : plain({ kind: "ongoing", immediate: true }, atom);
    }
    case "ongoing":
      return plain({ kind: "ongoing" }, atom);
    case "tba":
      return plain({ kind: "to-be-arranged" }, atom);
    case "thereafter":
    case "problem":
      return plain({ kind: "unparsed" }, atom);
    default: {
      const never: never = atom;
      return never;
    }
  }
}
