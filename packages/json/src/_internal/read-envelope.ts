import { type DocumentFormat, documentFormats } from "../document/document-format";
import { closestKey } from "./closest-key";
import type { DraftIssue } from "./draft-issue";
import { FORMAT_PREFIX } from "./format-addresses";
import { shorten } from "./json-path";
import { unknownKeyIssue } from "./unknown-key-issue";

/** The parts of a document file around its data. */
export type Envelope = { format: DocumentFormat; version: number; data: unknown };

const KEYS = ["$schema", "format", "version", "data"];
const NAMES = documentFormats.map((format) => `${FORMAT_PREFIX}${format}`);

const error = (code: string, path: string[], message: string): DraftIssue => ({
  code,
  severity: "error",
  message,
  path,
});

function formatOf(
  file: Record<string, unknown>,
  expected: DocumentFormat | undefined,
): DocumentFormat | DraftIssue {
  const name = file.format;
  if (name === undefined) {
    return error(
      "json/missing-format",
      ["format"],
      `The document has no "format"; expected one of ${NAMES.join(", ")}.`,
    );
  }
  const format = documentFormats.find((each) => `${FORMAT_PREFIX}${each}` === name);
  if (format === undefined) {
    if (typeof name !== "string") {
      return error(
        "json/unknown-format",
        ["format"],
        `"format" must be a string such as "${NAMES[0]}", not ${kindOf(name)}.`,
      );
    }
    const guess = closestKey(name, NAMES);
    const hint = guess === undefined ? `expected one of ${NAMES.join(", ")}.` : `did you mean "${guess}"?`;
    return error("json/unknown-format", ["format"], `Unknown format "${shorten(name)}": ${hint}`);
  }
  if (expected !== undefined && format !== expected) {
    return error(
      "json/unexpected-format",
      ["format"],
      `Expected a ${FORMAT_PREFIX}${expected} document but the file is ${FORMAT_PREFIX}${format}.`,
    );
  }
  return format;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function versionOf(file: Record<string, unknown>): number | DraftIssue {
  const version = file.version;
  if (version === undefined)
    return error("json/missing-version", ["version"], 'The document has no "version"; add `"version": 1`.');
  if (typeof version !== "number" || !Number.isSafeInteger(version) || version < 1) {
    const shown = typeof version === "number" ? String(version) : kindOf(version);
    return error(
      "json/invalid-version",
      ["version"],
      `"version" must be a whole number from 1, not ${shown}.`,
    );
  }
  return version;
}

function schemaUrlIssues(file: Record<string, unknown>, format: DocumentFormat | DraftIssue): DraftIssue[] {
  const url = file.$schema;
  if (url === undefined) return [];
  const named = typeof url === "string" ? /\/schema\/([a-z-]+)\.schema\.json$/.exec(url)?.[1] : undefined;
  const wrong =
    typeof url !== "string" || (named !== undefined && typeof format === "string" && named !== format);
  if (!wrong) return [];
  return [
    {
      code: "json/schema-mismatch",
      severity: "warning",
      message: `"$schema" should be the URL of the ${typeof format === "string" ? format : "document's"} JSON Schema; editors check the file against the schema it names.`,
      path: ["$schema"],
    },
  ];
}

/** Reads the envelope: the format (as expected), the version, the data; warns of unknown keys. */
export function readEnvelope(
  file: unknown,
  expected: DocumentFormat | undefined,
): { envelope?: Envelope; issues: DraftIssue[] } {
  if (typeof file !== "object" || file === null || Array.isArray(file)) {
    const message = `The JSON is not a cja-kit document: expected an object with "format", "version" and "data".`;
    return { issues: [error("json/not-a-document", [], message)] };
  }
  const record = file as Record<string, unknown>;
  const format = formatOf(record, expected);
  const version = versionOf(record);
  const issues = [
    ...[format, version].filter((each) => typeof each === "object"),
    ...(Object.hasOwn(record, "data")
      ? []
      : [error("json/missing-data", ["data"], 'The document has no "data".')]),
    ...schemaUrlIssues(record, format),
    ...Object.keys(record)
      .filter((key) => !KEYS.includes(key))
      .map((key) => unknownKeyIssue([key], key, KEYS)),
  ];
  if (typeof format === "object" || typeof version === "object" || !Object.hasOwn(record, "data"))
    return { issues };
  return { envelope: { format, version, data: record.data }, issues };
}
