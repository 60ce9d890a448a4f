import type { OutcomeFramework } from "../taxonomy/outcome-framework";
import {
  add,
  type Code,
  type Context,
  codeAt,
  issue,
  numberMap,
  SEPARATORS,
  WORDING_MARKS,
} from "./ref-context";
import { refPrefixAt, sectionAt } from "./ref-prefix";
import { DASHES, isPunct, isWord } from "./timescale-words";
import type { WordToken } from "./word-tokens";
import { normaliseWording, wordingScore } from "./wording-score";

function resolveCode(context: Context, framework: OutcomeFramework, code: Code): string | undefined {
  const found = numberMap(framework).get(`${code.group}|${code.number}`);
  if (found === undefined)
    issue(
      context,
      "outcome-ref/unknown-code",
      "error",
      `${code.text} is not an outcome of ${framework.id}; check the code.`,
    );
  return found;
}

function resolveRange(context: Context, framework: OutcomeFramework, from: Code, to: Code): string[] {
  const text = `${from.text}-${to.text}`;
  const group = to.group === "" ? from.group : to.group;
  if (group !== from.group) {
    const message = `the range ${text} runs from group ${from.group} into group ${group}; write one range per group, e.g. "A1-A5; B1-B2".`;
    issue(context, "outcome-ref/range-across-groups", "error", message);
    return [];
  }
  if (to.number < from.number) {
    issue(
      context,
      "outcome-ref/reversed-range",
      "error",
      `the range ${text} runs backwards; write the lower code first.`,
    );
    return [];
  }
  const map = numberMap(framework);
  if (!map.has(`${group}|${from.number}`)) {
    const message = `the range ${text} starts at ${from.text}, which is not an outcome of ${framework.id}.`;
    issue(context, "outcome-ref/unknown-code", "error", message);
    return [];
  }
  const codes: string[] = [];
  let last = from.number;
  for (let n = from.number; n <= to.number && n - from.number <= 100; n++) {
    const code = map.get(`${group}|${n}`);
    if (code === undefined) break;
    codes.push(code);
    last = n;
  }
  if (last < to.number) {
    const message = `the range ${text} runs past ${codes.at(-1)}, the last outcome of its group in ${framework.id}; read as ${from.text}-${codes.at(-1)}.`;
    issue(context, "outcome-ref/range-past-group-end", "warning", message);
  }
  return codes;
}

export function resolveGroup(context: Context, framework: OutcomeFramework, token: WordToken): string[] {
  const group = token.text.toUpperCase();
  const codes = framework.outcomes
    .filter((outcome) => outcome.group.toUpperCase() === group)
    .map((o) => o.code);
  if (codes.length === 0) {
    issue(
      context,
      "outcome-ref/unreadable",
      "error",
      `"${token.text}" is not an outcome code, range or group of ${framework.id}.`,
    );
    return [];
  }
  const message = `the bare group letter ${token.text} was read as every outcome of the group (${codes.join(", ")}); write the codes to be explicit.`;
  issue(context, "outcome-ref/bare-group", "warning", message);
  return codes;
}

/** Code, or code range, at `i` (`A1`, `A1-A5`, `A1-5`, `1 to 3`), resolved; `undefined` when none. */
export function readCodes(
  context: Context,
  framework: OutcomeFramework,
  i: number,
): { codes: string[]; next: number } | undefined {
  const { tokens } = context;
  const from = codeAt(tokens, i);
  if (from === undefined) return undefined;
  const join = tokens[from.next];
  const to = isPunct(join, ...DASHES) || isWord(join, "to") ? codeAt(tokens, from.next + 1) : undefined;
  if (to !== undefined) return { codes: resolveRange(context, framework, from, to), next: to.next };
  const code = resolveCode(context, framework, from);
  return { codes: code === undefined ? [] : [code], next: from.next };
}

export const isSeparator = (token: WordToken | undefined) =>
  isPunct(token, ...SEPARATORS) || isWord(token, "and", "amp");

/** Wording after a code: words up to a `;` or the next `Outcome`; where it starts with `:` or a dash, past them. */
function wordingAt(context: Context, i: number): { text: string; next: number } | undefined {
  const { tokens } = context;
  let k = isPunct(tokens[i], ...WORDING_MARKS) ? i + 1 : i;
  const first = tokens[k];
  if (
    first?.kind !== "word" ||
    first.text.length < 2 ||
    (first.text.length <= 3 && first.text === first.text.toUpperCase())
  )
    return undefined;
  if (refPrefixAt(tokens, k) !== undefined || sectionAt(tokens, k) !== undefined) return undefined;
  const start = first.index;
  let end = first.end;
  while (k < tokens.length && !isPunct(tokens[k], ";") && (k === i || refPrefixAt(tokens, k) === undefined)) {
    end = (tokens[k] as WordToken).end;
    k++;
  }
  return { text: context.text.slice(start, end), next: k };
}

/** Checks the wording written after a code against the outcome's own. */
function checkWording(
  context: Context,
  framework: OutcomeFramework,
  codes: readonly string[],
  wording: string,
): void {
  const outcome = codes.length === 1 ? framework.outcomes.find((o) => o.code === codes[0]) : undefined;
  if (outcome === undefined) {
    if (codes.length > 1)
      issue(
        context,
        "outcome-ref/wording-not-checked",
        "info",
        `the words "${wording}" follow several outcomes, so they were not checked against one.`,
      );
    return;
  }
  const score = wordingScore(normaliseWording(wording), normaliseWording(outcome.wording), 0.85);
  if (score >= 0.85) return;
  const message = `the words after ${outcome.code} ("${wording}") differ from ${framework.id} outcome ${outcome.code} ("${outcome.wording}"); check the code and the wording.`;
  issue(context, "outcome-ref/wording-differs", "warning", message);
}

/** Codes, ranges and groups from `i` on, with the wording that may follow them; `i` when none. */
export function readItem(context: Context, framework: OutcomeFramework, i: number): number {
  const { tokens } = context;
  let k = i;
  const codes: string[] = [];
  for (;;) {
    const read = readCodes(context, framework, k);
    if (read === undefined) break;
    codes.push(...read.codes.slice(0, 200));
    k = read.next;
    const more = isSeparator(tokens[k]) && codeAt(tokens, k + 1) !== undefined ? k + 1 : k;
    if (more === k) break;
    k = more;
  }
  if (k === i) return i;
  for (const code of codes) add(context, framework, code);
  const wording = wordingAt(context, k);
  if (wording === undefined) return k;
  checkWording(context, framework, codes, wording.text);
  return wording.next;
}
