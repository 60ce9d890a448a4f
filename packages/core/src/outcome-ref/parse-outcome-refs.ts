import { invalidArgument } from "../_internal/guard";
import { add, type Context, issue, numbered } from "../_internal/ref-context";
import { isSeparator, readItem, resolveGroup } from "../_internal/ref-items";
import { type RefPrefix, refPrefixAt, sectionAt } from "../_internal/ref-prefix";
import { isPunct } from "../_internal/timescale-words";
import { type WordToken, wordTokens } from "../_internal/word-tokens";
import type { Parsed } from "../issue/issue";
import type { OutcomeFramework } from "../taxonomy/outcome-framework";
import { builtInRegistry, type OutcomeRegistry } from "../taxonomy/outcome-registry";
import type { OutcomeRefList } from "./outcome-ref";

/**
 * Options for {@link parseOutcomeRefs}.
 *
 * @example
 * ```ts
 * const options: ParseOutcomeRefsOptions = { framework: "cjpf-2023" };
 * ```
 */
export type ParseOutcomeRefsOptions = {
  /** The plan's framework: codes (`A1`, `Outcome 3`, `National Outcome 3`, `NO3`) belong to it unless the wording names another. @defaultValue `"nab-2008"` */
  framework?: string;
  /** Frameworks to resolve codes against. @defaultValue {@link builtInRegistry} */
  registry?: OutcomeRegistry;
};

const SG_2007 = "sg-national-outcomes-2007";

/** The framework a prefix points at: the one it names, else the plan's; "National Outcome n" in a plan whose framework numbers no outcomes is the Scottish Government's. */
function prefixFramework(context: Context, prefix: RefPrefix): OutcomeFramework | undefined {
  const wanted = prefix.named ?? (prefix.national && !numbered(context.plan) ? SG_2007 : context.plan.id);
  const framework = context.registry.frameworks[wanted];
  if (framework === undefined) {
    const message = `the wording names framework "${wanted}", which is not registered; register it or write the plan's own codes.`;
    issue(context, "outcome-ref/unknown-framework", "error", message);
  } else if (prefix.named === undefined && wanted !== context.plan.id) {
    const message = `"National Outcome" was read as the Scottish Government's National Outcomes (${SG_2007}), since ${context.plan.id} numbers none of its outcomes.`;
    issue(context, "outcome-ref/other-framework", "info", message);
  }
  return framework;
}

function readPrefixed(context: Context, prefix: RefPrefix, i: number): number {
  const framework = prefixFramework(context, prefix);
  if (framework === undefined) return skipItem(context, prefix.next);
  const next = readItem(context, framework, prefix.next);
  if (next > prefix.next) return next;
  const text = context.text.slice(
    (context.tokens[i] as WordToken).index,
    (context.tokens[prefix.next - 1] as WordToken).end,
  );
  issue(
    context,
    "outcome-ref/unreadable",
    "error",
    `"${text}" names no outcome code; write it as e.g. "Outcome 3".`,
  );
  return prefix.next;
}

/** Tokens up to the next separator: one unreadable run, reported once. */
function skipItem(context: Context, i: number): number {
  let k = i;
  while (k < context.tokens.length && !isSeparator(context.tokens[k])) k++;
  return k;
}

/** Words that are no code: reported once as a run; a run that leads into `Section 4` is that reference's name. */
function unreadable(context: Context, i: number): number {
  const { tokens } = context;
  let k = i + 1;
  while (k < tokens.length && !isSeparator(tokens[k]) && tokens[k]?.kind !== "number") {
    const sectionEnd = sectionAt(tokens, k);
    if (sectionEnd !== undefined) return section(context, i, sectionEnd);
    if (refPrefixAt(tokens, k) !== undefined) return unregistered(context, i, k);
    k++;
  }
  const text = context.text.slice((tokens[i] as WordToken).index, (tokens[k - 1] as WordToken).end);
  issue(context, "outcome-ref/unreadable", "error", `"${text}" is not an outcome code, range or group.`);
  return k;
}

/** Words naming a framework no registry holds, before "Outcome 1": its codes are not read as the plan's. */
function unregistered(context: Context, i: number, prefixAt: number): number {
  const { tokens } = context;
  const end = skipItem(context, (refPrefixAt(tokens, prefixAt) as RefPrefix).next);
  const named = context.text.slice((tokens[i] as WordToken).index, (tokens[prefixAt - 1] as WordToken).end);
  const text = context.text.slice((tokens[i] as WordToken).index, (tokens[end - 1] as WordToken).end);
  const message = `"${text}" names outcomes of "${named}", a framework that is not registered, so its codes are not read as ${context.plan.id}'s; register that framework (createRegistry) to link them.`;
  issue(context, "outcome-ref/unknown-framework", "error", message);
  return end;
}

function section(context: Context, i: number, next: number): number {
  const text = context.text.slice(
    (context.tokens[i] as WordToken).index,
    (context.tokens[next - 1] as WordToken).end,
  );
  const message = `"${text}" refers to a part of a strategy (e.g. a section of the National Strategy for Community Justice), not to an outcome; it is kept as written.`;
  issue(context, "outcome-ref/strategy-reference", "info", message);
  return next;
}

const isGroupLetter = (token: WordToken | undefined, next: WordToken | undefined) =>
  token?.kind === "word" &&
  token.text.length <= 3 &&
  token.text === token.text.toUpperCase() &&
  !(next?.kind === "number" && next.index === token.end);

function step(context: Context, i: number): number {
  const { tokens } = context;
  const token = tokens[i];
  if (isSeparator(token) || isPunct(token, ":")) return i + 1;
  const sectionEnd = sectionAt(tokens, i);
  if (sectionEnd !== undefined) return section(context, i, sectionEnd);
  const prefix = refPrefixAt(tokens, i);
  if (prefix !== undefined) return readPrefixed(context, prefix, i);
  const next = readItem(context, context.plan, i);
  if (next > i) return next;
  if (isGroupLetter(token, tokens[i + 1])) {
    for (const code of resolveGroup(context, context.plan, token as WordToken))
      add(context, context.plan, code);
    return i + 1;
  }
  return unreadable(context, i);
}

/**
 * Reads outcome references as written in plans, in the plan's framework: `(A1-A5; B1-B5; C2-C4)`,
 * `(A2,A3; B1-B5; C1,C2)`, `(C1 -C4)`, `(A1 &amp; C3)`, `(A1-5; B1-5; C2-4)`, `(A2,A3,A5; C)`,
 * `Outcome 3`, `National Outcome 3`, `NO3`, `Outcomes 9, 11 and 15`, and `Outcome 1: <its wording>`
 * (the wording is checked against the outcome's own, never split into codes). Another framework is
 * read only where the wording names it (`SG National Outcome 9`, `CJPF outcome 3`), or for "National
 * Outcome n" where the plan's framework numbers no outcomes (the Scottish Government's, with an
 * info issue). Linear in the text.
 *
 * Errors: unknown codes, reversed ranges, ranges across groups, unreadable text, an unregistered
 * framework. Warnings: a bare group letter and a range past its group's end (read), wording that
 * differs from the outcome's (`outcome-ref/wording-differs`). Info: `Section 4`, `Aim 2` or `Priority
 * Action 3` of a strategy (`outcome-ref/strategy-reference`: kept as written, not an outcome). Text
 * that is not a string gives no references and `usage/invalid-argument`.
 *
 * @param raw - The references as written.
 * @param options - The plan's framework and the registry.
 * @returns The raw text with every outcome named, and the issues met.
 * @example
 * ```ts
 * parseOutcomeRefs("(A1 & C3)").value.refs;
 * // [{ framework: "nab-2008", code: "A1" }, { framework: "nab-2008", code: "C3" }]
 * parseOutcomeRefs("National Outcome 3", { framework: "cjpf-2023" }).value.refs;
 * // [{ framework: "cjpf-2023", code: "3" }]
 * ```
 */
export function parseOutcomeRefs(raw: string, options: ParseOutcomeRefsOptions = {}): Parsed<OutcomeRefList> {
  if (typeof raw !== "string")
    return {
      value: { raw: "", refs: [] },
      issues: [invalidArgument("parseOutcomeRefs", "the references as a string", raw)],
    };
  const registry = options?.registry ?? builtInRegistry;
  const frameworkId = options?.framework ?? "nab-2008";
  const plan = registry.frameworks?.[frameworkId];
  if (plan === undefined) {
    const message = `Outcome framework "${frameworkId}" is not registered; register it or choose another framework.`;
    return {
      value: { raw, refs: [] },
      issues: [{ code: "outcome-ref/unknown-framework", severity: "error", message, path: [] }],
    };
  }
  const text = raw.replace(/&amp;/gi, "&");
  const tokens = wordTokens(text);
  const context: Context = { tokens, registry, plan, raw, text, issues: [], refs: [], seen: new Set() };
  for (let i = 0; i < tokens.length; ) i = step(context, i);
  return { value: { raw, refs: context.refs }, issues: context.issues };
}
