import type { Checked } from "@cja-kit/core";
import type { Node } from "jsonc-parser";
import type { CjaDocument } from "../document/cja-document";
import type { ReadOptions } from "../read/read";
import { applyMigrations } from "./apply-migrations";
import { describeError } from "./describe-error";
import type { DraftIssue } from "./draft-issue";
import { finishIssues } from "./finish-issues";
import type { FormatSpecs } from "./format-specs";
import { guardText } from "./guard-text";
import { type Limits, limitsFrom } from "./limits";
import { parseText } from "./parse-text";
import { readEnvelope } from "./read-envelope";
import { schemaIssues } from "./schema-issues";
import { unknownKeyIssue } from "./unknown-key-issue";
import { unknownKeys } from "./unknown-keys";
import { utf8Length } from "./utf8-length";

type Stage = { drafts: DraftIssue[]; tree?: Node; value?: CjaDocument };
const withinData = (issue: DraftIssue): DraftIssue => ({ ...issue, path: ["data", ...issue.path] });

/** `read` for the formats of any reader version: the version this package reads, or a test's. */
export function readDocument(text: unknown, options: ReadOptions, specs: FormatSpecs): Checked<CjaDocument> {
  const limits = limitsFrom(options);
  try {
    if (typeof text !== "string") return { ok: false, issues: [notText(text)] };
    if (utf8Length(text, limits.maxBytes) > limits.maxBytes)
      return { ok: false, issues: [tooLarge(limits.maxBytes)] };
    const source = text.startsWith("\uFEFF") ? ` ${text.slice(1)}` : text;
    const stage = readText(source, options, specs, limits);
    const issues = finishIssues(source, stage.drafts, stage.tree, limits.maxIssues);
    const failed = stage.drafts.some((draft) => draft.severity === "error");
    return stage.value === undefined || failed
      ? { ok: false, issues }
      : { ok: true, value: stage.value, issues };
  } catch (error) {
    return { ok: false, issues: [unexpected(error)] };
  }
}

function readText(source: string, options: ReadOptions, specs: FormatSpecs, limits: Limits): Stage {
  const guarded = guardText(source, limits);
  if (guarded !== undefined) return { drafts: [guarded] };
  const { tree, value: file, issues: found } = parseText(source);
  if (tree === undefined) return { drafts: found };
  const { envelope, issues } = readEnvelope(file, options.format);
  const drafts = [...found, ...issues];
  if (envelope === undefined) return { drafts, tree };
  const migrated = applyMigrations(
    envelope.format,
    envelope.version,
    specs.version,
    envelope.data,
    options.migrations ?? [],
  );
  if (!migrated.ok) return { drafts: [...drafts, migrated.issue], tree };
  const spec = specs.formats[envelope.format];
  const unknown = unknownKeys(spec.schema, migrated.data, limits.maxIssues + 1).map(({ path, key, known }) =>
    unknownKeyIssue(["data", ...path], key, known),
  );
  const parsed = spec.schema.safeParse(migrated.data);
  if (!parsed.success) {
    return {
      drafts: [...drafts, ...schemaIssues(parsed.error, migrated.data, ["data"]), ...unknown],
      tree,
    };
  }
  const checked = spec.validate(parsed.data, options.validation ?? {});
  const all = [...drafts, ...unknown, ...checked.issues.map(withinData)];
  const value = checked.ok ? ({ format: envelope.format, data: checked.value } as CjaDocument) : undefined;
  return { drafts: all, tree, ...(value === undefined ? {} : { value }) };
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
    message: `The text is larger than ${maxBytes} bytes (maxBytes); raise maxBytes if the document is genuine.`,
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
