import type { Issue } from "../issue/issue";
import type { OutcomeRef } from "../outcome-ref/outcome-ref";
import type { OutcomeFramework } from "../taxonomy/outcome-framework";
import type { OutcomeRegistry } from "../taxonomy/outcome-registry";
import { clip } from "./clip";
import { DASHES, touching } from "./timescale-words";
import type { WordToken } from "./word-tokens";

export type Tokens = readonly WordToken[];
export type Context = {
  tokens: Tokens;
  registry: OutcomeRegistry;
  plan: OutcomeFramework;
  raw: string;
  /** The text read, `&amp;` written as `&`; token indices point into it. */
  text: string;
  issues: Issue[];
  refs: OutcomeRef[];
  seen: Set<string>;
};
export type Code = { group: string; number: number; text: string };

export const SEPARATORS = [",", ";", "&", "/", "+", "(", ")", "[", "]", "."];
export const WORDING_MARKS = [":", ...DASHES];

export function issue(context: Context, code: string, severity: Issue["severity"], message: string): void {
  context.issues.push({ code, severity, message: `In "${clip(context.raw)}": ${message}`, path: [] });
}

export function add(context: Context, framework: OutcomeFramework, code: string): void {
  const key = `${framework.id}\u0000${code}`;
  if (context.seen.has(key)) return;
  context.seen.add(key);
  context.refs.push({ framework: framework.id, code });
}

const numberMaps = /* @__PURE__ */ new WeakMap<OutcomeFramework, Map<string, string>>();

/** Group letters and number → code, e.g. `A|3` → `A3`, `|9` → `9`; built once per framework. */
export function numberMap(framework: OutcomeFramework): Map<string, string> {
  const cached = numberMaps.get(framework);
  if (cached !== undefined) return cached;
  const map = new Map<string, string>();
  for (const outcome of framework.outcomes) {
    const match = /^([A-Za-z]{0,3})(\d{1,4})$/.exec(outcome.code);
    if (match !== null) map.set(`${(match[1] ?? "").toUpperCase()}|${Number(match[2])}`, outcome.code);
  }
  numberMaps.set(framework, map);
  return map;
}

export const numbered = (framework: OutcomeFramework) =>
  framework.outcomes.every((outcome) => /^\d+$/.test(outcome.code));

/** `A1`, `a1`, `1`, `NO1` read as a group and number. */
export function codeAt(tokens: Tokens, i: number): (Code & { next: number }) | undefined {
  const first = tokens[i];
  if (first?.kind === "number")
    return { group: "", number: Number(first.text), text: first.text, next: i + 1 };
  const number = tokens[i + 1];
  if (
    first?.kind !== "word" ||
    number?.kind !== "number" ||
    !touching(first, number) ||
    first.text.length > 3
  )
    return undefined;
  if (touching(number, tokens[i + 2]) && tokens[i + 2]?.kind === "word") return undefined;
  const text = `${first.text}${number.text}`;
  return { group: first.text.toUpperCase(), number: Number(number.text), text, next: i + 2 };
}
