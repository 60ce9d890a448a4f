import type { Checked } from "@cja-kit/core";
import type { CjaDocument } from "../document/cja-document";
import type { ReadOptions } from "../read/read";
import { applyMigrations } from "./apply-migrations";
import { countKeys } from "./count-keys";
import { describeError } from "./describe-error";
import type { DraftIssue } from "./draft-issue";
import { exceedsUtf8Bytes } from "./exceeds-utf8-bytes";
import { finishIssues } from "./finish-issues";
import type { FormatSpecs } from "./format-specs";
import { guardText } from "./guard-text";
import { type Limits, limitsFrom } from "./limits";
import { parseText } from "./parse-text";
import { readEnvelope } from "./read-envelope";
import { scanValue } from "./scan-value";
import { schemaIssues } from "./schema-issues";
import { unknownKeyIssue } from "./unknown-key-issue";
import { unknownKeys } from "./unknown-keys";

const NO_LIMITS = { maxDepth: Number.POSITIVE_INFINITY, maxStringLength: Number.POSITIVE_INFINITY };

/** What reading found; `json` says the text parsed, so paths can be placed in it. */
type Stage = { drafts: DraftIssue[]; json: boolean; uniqueKeys?: boolean; value?: CjaDocument };
const withinData = (issue: DraftIssue): DraftIssue => ({ ...issue, path: ["data", ...issue.path] });

/** `read` for the formats of any reader version: the version this package reads, or a test's. */
export function readDocument(text: unknown, options: ReadOptions, specs: FormatSpecs): Checked<CjaDocument> {
  const limits = limitsFrom(options);
  try {
    if (typeof text !== "string") return { ok: false, issues: [notText(text)] };
    if (exceedsUtf8Bytes(text, limits.maxBytes)) return { ok: false, issues: [tooLarge(limits.maxBytes)] };
    const source = text.startsWith("\uFEFF") ? ` ${text.slice(1)}` : text;
    const stage = readText(source, options, specs, limits);
    const issues = finishIssues(source, stage.drafts, stage, limits.maxIssues);
    const failed = stage.drafts.some((draft) => draft.severity === "error");
    return stage.value === undefined || failed
      ? { ok: false, issues }
      : { ok: true, value: stage.value, issues };
  } catch (error) {
    return { ok: false, issues: [unexpected(error)] };
  }
}

/**
 * The parsed text. JSON.parse alone when the text is plain JSON within the limits with no
 * forbidden or repeated key: the common case, and the fast one. Otherwise the guard places a
 * limit passed, and jsonc-parser places a syntax error or each forbidden or repeated key.
 */
function parseSource(
  source: string,
  limits: Limits,
): { value?: unknown; issues: DraftIssue[]; json: boolean; keys?: number } {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return exactly(source, limits);
  }
  const scan = scanValue(value, limits);
  if (!scan.withinLimits || scan.forbidden || scan.keys !== countKeys(source)) return exactly(source, limits);
  return { value, issues: [], json: true, keys: scan.keys };
}

function exactly(source: string, limits: Limits): { value?: unknown; issues: DraftIssue[]; json: boolean } {
  const guarded = guardText(source, limits);
  if (guarded !== undefined) return { issues: [guarded], json: false };
  const parsed = parseText(source);
  return { ...parsed, json: parsed.issues.every((issue) => issue.code !== "json/syntax-error") };
}

function readText(source: string, options: ReadOptions, specs: FormatSpecs, limits: Limits): Stage {
  const { value: file, issues: found, json, keys } = parseSource(source, limits);
  if (!json) return { drafts: found, json };
  // Counted keys mean the fast path, where no object repeats a key.
  const uniqueKeys = keys !== undefined;
  const { envelope, issues } = readEnvelope(file, options.format);
  const drafts = [...found, ...issues];
  if (envelope === undefined) return { drafts, json, uniqueKeys };
  const migrated = applyMigrations(
    envelope.format,
    envelope.version,
    specs.version,
    envelope.data,
    options.migrations ?? [],
  );
  if (!migrated.ok) return { drafts: [...drafts, migrated.issue], json, uniqueKeys };
  const spec = specs.formats[envelope.format];
  const parsed = spec.schema.safeParse(migrated.data);
  // The schemas add no keys (no defaults or transforms; a test in this package keeps it so), so
  // when the parsed data holds as many keys as the file's data, zod dropped none: no walk needed.
  const dataKeys =
    keys === undefined || migrated.data !== envelope.data
      ? undefined
      : keys - Object.keys(file as object).length;
  const unknown =
    parsed.success && dataKeys !== undefined && scanValue(parsed.data, NO_LIMITS).keys === dataKeys
      ? []
      : unknownKeys(spec.schema, migrated.data, limits.maxIssues + 1).map(({ path, key, known }) =>
          unknownKeyIssue(["data", ...path], key, known),
        );
  if (!parsed.success) {
    return {
      drafts: [...drafts, ...schemaIssues(parsed.error, migrated.data, ["data"]), ...unknown],
      json,
      uniqueKeys,
    };
  }
  const checked = spec.check(parsed.data as never, options.validation ?? {});
  const all = [...drafts, ...unknown, ...checked.map(withinData)];
  const failed = checked.some((issue) => issue.severity === "error");
  return {
    drafts: all,
    json,
    uniqueKeys,
    ...(failed ? {} : { value: { format: envelope.format, data: parsed.data } as CjaDocument }),
  };
}

function notText(text: unknown): DraftIssue {
  return {
    code: "json/not-text",
    severity: "error",
    message: `Expected the JSON text as a string, not ${text === null ? "null" : typeof text}; read the file as text first.`,
    path: [],
  };
}

function tooLarge(maxBytes: number): DraftIssue {
  return {
    code: "json/too-large",
    severity: "error",
    message: `The text is larger than ${maxBytes.toLocaleString("en-GB")} bytes (maxBytes); raise maxBytes if the document is genuine.`,
    path: [],
  };
}

function unexpected(error: unknown): DraftIssue {
  const reason = describeError(error);
  return {
    code: "json/unexpected-error",
    severity: "error",
    message: `Reading stopped on ${reason}. If maxDepth was raised, lower it; otherwise this is a bug in @cja-kit/json: please report it.`,
    path: [],
  };
}
