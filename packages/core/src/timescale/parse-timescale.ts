import { clip } from "../_internal/clip";
import { invalidArgument } from "../_internal/guard";
import { type Atom, scanAtoms } from "../_internal/timescale-atoms";
import { modifierBefore } from "../_internal/timescale-modifiers";
import { buildPart, type LineContext, separatorGap } from "../_internal/timescale-segments";
import { trimLabel } from "../_internal/trim-label";
import { wordTokens } from "../_internal/word-tokens";
import type { Issue, Parsed } from "../issue/issue";
import type { Timescale, TimescaleSegment } from "./timescale";

const issue = (code: string, severity: Issue["severity"], message: string): Issue => ({
  code,
  severity,
  message,
  path: [],
});

function unparsed(line: string): Issue {
  return issue(
    "timescale/unparsed",
    "warning",
    `No date, period or recurrence could be read in "${clip(line)}"; it is kept as written. Add a date (e.g. "July 2008", "2010-11", "Q2 2010-11", "Year 1-3") if it should be tracked.`,
  );
}

/** "thereafter" means something only straight after a recurrence ("& 1/4ly thereafter"). */
function meaningful(line: string, atoms: readonly Atom[]): Atom[] {
  return atoms.filter((atom, k) => {
    if (atom.kind !== "thereafter") return true;
    const before = atoms[k - 1];
    return before?.kind === "frequency" && separatorGap(line.slice(before.end, atom.index));
  });
}

function qualifierIssue(text: string, words: string, mode: "keep" | "drop"): Issue {
  const message =
    mode === "keep"
      ? `In "${clip(text)}": read as the whole period; "${words}" narrows it, which is kept only in the wording.`
      : `In "${clip(text)}": "${words}" shifts the date by an amount no one can read, so it is kept as written and not dated.`;
  return issue("timescale/qualified", "warning", message);
}

type Reading = { segments: TimescaleSegment[]; issues: Issue[] };

function readAtoms(context: LineContext): Reading {
  const { line, tokens, atoms } = context;
  const reading: Reading = { segments: [], issues: [] };
  let cursor = 0;
  let cursorToken = 0;
  for (let i = 0; i < atoms.length; ) {
    const atom = atoms[i] as Atom;
    const modifier = modifierBefore(tokens, cursorToken, atom.first);
    const built = buildPart(context, i, modifier);
    const text = line.slice(cursor, built.end).trim();
    const labelEnd = (tokens[modifier.labelEnd] ?? atom).index;
    const label = trimLabel(`${line.slice(cursor, Math.max(cursor, labelEnd))} ${built.label ?? ""}`);
    const dropped = modifier.qualifier?.mode === "drop";
    reading.segments.push({
      text,
      ...(label === undefined ? {} : { label }),
      when: dropped ? { kind: "unparsed" } : built.when,
    });
    if (atom.kind === "problem")
      reading.issues.push(issue(atom.code, atom.severity, `In "${clip(text)}": ${atom.message}`));
    if (modifier.qualifier !== undefined)
      reading.issues.push(qualifierIssue(text, modifier.qualifier.words, modifier.qualifier.mode));
    cursor = built.end;
    cursorToken = built.next;
    i += built.used;
  }
  appendTrailing(reading.segments, line.slice(cursor));
  return reading;
}

function appendTrailing(segments: TimescaleSegment[], trailing: string): void {
  const last = segments.at(-1);
  if (last === undefined || trailing.trim().length === 0) return;
  last.text = `${last.text}${trailing}`.trim();
  const label = trimLabel(`${last.label ?? ""} ${trailing}`);
  if (label !== undefined) last.label = label;
}

function parseLine(line: string): Reading {
  const text = line.trim();
  if (/^current$/i.test(text)) return { segments: [{ text, when: { kind: "ongoing" } }], issues: [] };
  const tokens = wordTokens(line);
  const atoms = meaningful(line, scanAtoms(tokens));
  if (atoms.length === 0)
    return { segments: [{ text, when: { kind: "unparsed" } }], issues: [unparsed(text)] };
  return readAtoms({ line, tokens, atoms });
}

/**
 * Reads timescale wording as written in plans into dated parts, keeping the text. Reads days
 * (`1/10/08`, day first; `23 March 2009`), months (`July 2008`, `Dec 08`), quarters and halves of
 * financial years (`Q2 2010-11`, `Quarter 2 2010/11`, `H1 2023-24`, `first half of 2024-25`),
 * financial years (`2010-11`, `2010/11`, `1999-00`) and runs of them (`2008-11`), seasons, calendar
 * years, deadlines (`By March 2011`, `by end of Q3 2010-11`), starts (`Dec 08 start`, `From 2009`),
 * ranges (`Oct 2009 – Oct 2010`), events that happened (`Held on 23 March 2009`, `Monies provided
 * January 2010`), plan years (`Year 1-3`, `end of year 1`), ongoing work, recurrences
 * (`September 2008 & 1/4ly thereafter`), durations (`2-3 years`) and `TBA`. Each paragraph (line)
 * is read on its own, in time linear in its length.
 *
 * Nothing is guessed: wording with no date is kept as `unparsed` with `timescale/unparsed`; wording
 * that could mean two things (`10/11`, `2010/11/12`, `2010-09`, `Q1 2024`, `31/03/69`) is kept
 * unparsed with `timescale/ambiguous` or `timescale/two-digit-year`; a month or quarter with no year
 * gives `timescale/no-year`; qualifiers gives `timescale/qualified` (`mid-2010` is read as 2010,
 * `after March 2011` is not dated); an impossible date or quarter (`31/02/2010`, `Q5 2010-11`) is an
 * error (`timescale/invalid-date`, `timescale/impossible-quarter`). Text that is not a string gives
 * an empty timescale and `usage/invalid-argument`.
 *
 * @param raw - The timescale as written; paragraphs separated by `\n`.
 * @returns The timescale (its `raw` is the text given) and the issues met.
 * @example
 * ```ts
 * parseTimescale("By end of Q3 2010-11").value.segments[0]?.when;
 * // { kind: "by", span: { start: "2010-10-01", end: "2010-12-31", precision: "quarter" } }
 * ```
 */
export function parseTimescale(raw: string): Parsed<Timescale> {
  if (typeof raw !== "string")
    return {
      value: { raw: "", segments: [] },
      issues: [invalidArgument("parseTimescale", "the timescale as a string", raw)],
    };
  const segments: TimescaleSegment[] = [];
  const issues: Issue[] = [];
  for (const line of raw.split(/\r\n|\n|\r/)) {
    if (line.trim().length === 0) continue;
    const reading = parseLine(line);
    for (const segment of reading.segments) segments.push(segment);
    for (const found of reading.issues) issues.push(found);
  }
  return { value: { raw, segments }, issues };
}
