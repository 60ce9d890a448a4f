import type { Issue, Parsed } from "../issue/issue";
import type { OutcomeFramework } from "../taxonomy/outcome-framework";
import { builtInRegistry, type OutcomeRegistry } from "../taxonomy/outcome-registry";
import type { OutcomeRef, OutcomeRefList } from "./outcome-ref";

/**
 * Options for {@link parseOutcomeRefs}.
 *
 * @example
 * ```ts
 * const options: ParseOutcomeRefsOptions = { framework: "nsmo-2006" };
 * ```
 */
export type ParseOutcomeRefsOptions = {
  /** Framework that bare codes such as `A1` belong to. @defaultValue `"nab-2008"` */
  framework?: string;
  /** Frameworks to resolve codes against. @defaultValue {@link builtInRegistry} */
  registry?: OutcomeRegistry;
};

type Token =
  | { kind: "code"; group: string; number: number; text: string }
  | { kind: "range"; group: string; from: number; toGroup: string; to: number; text: string }
  | { kind: "group"; group: string; text: string }
  | { kind: "unreadable"; text: string };

const NATIONAL_OUTCOME = /^\s*national\s+outcomes?\s+/i;
const SCANNER =
  /(?<range>([A-Z]*)(\d+)\s*[-–]\s*([A-Z]*)(\d+))|(?<code>([A-Z]*)(\d+))|(?<sep>(?:[\s;,&/+]|\bAND\b)+)|(?<word>[A-Z]{4,})|(?<group>[A-Z]{1,3})(?![A-Z0-9])|(?<other>.)/g;

function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const match of text.toUpperCase().matchAll(SCANNER)) {
    const [whole, , rg, rf, rtg, rt, , cg, cn] = match;
    const groups = match.groups ?? {};
    if (groups.range !== undefined) {
      found.push({
        kind: "range",
        group: rg ?? "",
        from: Number(rf),
        toGroup: rtg ?? "",
        to: Number(rt),
        text: whole.trim(),
      });
    } else if (groups.code !== undefined) {
      found.push({ kind: "code", group: cg ?? "", number: Number(cn), text: whole });
    } else if (groups.group !== undefined) {
      found.push({ kind: "group", group: groups.group, text: whole });
    } else if (groups.word !== undefined) {
      found.push({ kind: "unreadable", text: whole });
    } else if (groups.other !== undefined) {
      const last = found.at(-1);
      if (last?.kind === "unreadable") last.text += whole;
      else found.push({ kind: "unreadable", text: whole });
    }
  }
  return found;
}

function inner(raw: string): string {
  return raw.replace(/&amp;/gi, "&").trim().replace(/^\(/, "").replace(/\)$/, "").trim();
}

type Context = { framework: OutcomeFramework; raw: string; issues: Issue[] };

function issue(context: Context, code: string, severity: Issue["severity"], message: string): void {
  context.issues.push({ code, severity, message: `In "${context.raw}": ${message}`, path: [] });
}

function groupNumbers(framework: OutcomeFramework, group: string): Map<number, string> {
  const numbers = new Map<number, string>();
  for (const outcome of framework.outcomes) {
    const match = /^([A-Z]*)(\d+)$/i.exec(outcome.code);
    if (match !== null && (match[1] ?? "").toUpperCase() === group)
      numbers.set(Number(match[2]), outcome.code);
  }
  return numbers;
}

function resolveCode(context: Context, token: Token & { kind: "code" }): string[] {
  const code = groupNumbers(context.framework, token.group).get(token.number);
  if (code !== undefined) return [code];
  issue(
    context,
    "outcome-ref/unknown-code",
    "error",
    `${token.text} is not an outcome of ${context.framework.id}; check the code.`,
  );
  return [];
}

function resolveRange(context: Context, token: Token & { kind: "range" }): string[] {
  const toGroup = token.toGroup === "" ? token.group : token.toGroup;
  if (toGroup !== token.group) {
    issue(
      context,
      "outcome-ref/range-across-groups",
      "error",
      `the range ${token.text} runs from group ${token.group} into group ${toGroup}; write one range per group, e.g. "A1-A5; B1-B2".`,
    );
    return [];
  }
  if (token.to < token.from) {
    issue(
      context,
      "outcome-ref/reversed-range",
      "error",
      `the range ${token.text} runs backwards; write the lower code first.`,
    );
    return [];
  }
  const numbers = groupNumbers(context.framework, token.group);
  if (!numbers.has(token.from)) {
    issue(
      context,
      "outcome-ref/unknown-code",
      "error",
      `the range ${token.text} starts at ${token.group}${token.from}, which is not an outcome of ${context.framework.id}.`,
    );
    return [];
  }
  const last = Math.max(...numbers.keys());
  if (token.to > last) {
    issue(
      context,
      "outcome-ref/range-past-group-end",
      "warning",
      `the range ${token.text} runs past ${numbers.get(last)}, the last outcome of group ${token.group} in ${context.framework.id}; read as ${token.group}${token.from}-${numbers.get(last)}.`,
    );
  }
  return [...numbers.entries()]
    .filter(([n]) => n >= token.from && n <= token.to)
    .sort(([a], [b]) => a - b)
    .map(([, code]) => code);
}

function resolveGroup(context: Context, token: Token & { kind: "group" }): string[] {
  const codes = context.framework.outcomes
    .filter((outcome) => outcome.group.toUpperCase() === token.group)
    .map((outcome) => outcome.code);
  if (codes.length === 0) {
    issue(
      context,
      "outcome-ref/unknown-code",
      "error",
      `${token.text} is neither an outcome nor a group of ${context.framework.id}.`,
    );
    return [];
  }
  issue(
    context,
    "outcome-ref/bare-group",
    "warning",
    `the bare group letter ${token.text} was read as every outcome of the group (${codes.join(", ")}); write the codes to be explicit.`,
  );
  return codes;
}

function resolve(context: Context, token: Token): string[] {
  switch (token.kind) {
    case "code":
      return resolveCode(context, token);
    case "range":
      return resolveRange(context, token);
    case "group":
      return resolveGroup(context, token);
    case "unreadable":
      issue(
        context,
        "outcome-ref/unreadable",
        "error",
        `"${token.text.trim()}" is not an outcome code, range or group.`,
      );
      return [];
    default: {
      const never: never = token;
      return never;
    }
  }
}

/**
 * Reads outcome references as written in plans: `(A1-A5; B1-B5; C2-C4)`, `(A2,A3; B1-B5; C1,C2)`,
 * `(C1 -C4)`, `(A1 &amp; C3)`, `(A1-5; B1-5; C2-4)`, `(A2,A3,A5; C)` and `National Outcome 9`.
 * Ranges are expanded in framework order. Unknown codes, reversed ranges, ranges across groups and
 * unreadable text are errors; a bare group letter, and a range running past its group's last
 * outcome (`C1-C5` where C4 is last), are read with a warning.
 *
 * @param raw - The references as written.
 * @param options - Default framework and registry.
 * @returns The raw text with every outcome named, and the issues met.
 * @example
 * ```ts
 * parseOutcomeRefs("(A1 & C3)").value.refs;
 * // [{ framework: "nab-2008", code: "A1" }, { framework: "nab-2008", code: "C3" }]
 * parseOutcomeRefs("National Outcome 9").value.refs;
 * // [{ framework: "sg-national-outcomes-2007", code: "9" }]
 * ```
 */
export function parseOutcomeRefs(raw: string, options: ParseOutcomeRefsOptions = {}): Parsed<OutcomeRefList> {
  const registry = options.registry ?? builtInRegistry;
  const national = NATIONAL_OUTCOME.test(raw);
  const frameworkId = national ? "sg-national-outcomes-2007" : (options.framework ?? "nab-2008");
  const framework = registry.frameworks[frameworkId];
  if (framework === undefined) {
    const message = `Outcome framework "${frameworkId}" is not registered; register it or choose another framework.`;
    return {
      value: { raw, refs: [] },
      issues: [{ code: "outcome-ref/unknown-framework", severity: "error", message, path: [] }],
    };
  }
  const context: Context = { framework, raw, issues: [] };
  const text = national ? inner(raw).replace(NATIONAL_OUTCOME, "") : inner(raw);
  const codes = tokens(text).flatMap((token) => resolve(context, token));
  const refs: OutcomeRef[] = [...new Set(codes)].map((code) => ({ framework: framework.id, code }));
  return { value: { raw, refs }, issues: context.issues };
}
