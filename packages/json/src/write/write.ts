import { CjaKitError, type Issue } from "@cja-kit/core";
import { argumentIssue, kindOfValue, parseArgument, usageError } from "../_internal/argument-issues";
import { FORMAT_PREFIX, schemaUrl } from "../_internal/format-addresses";
import { formatSchemas } from "../_internal/format-schemas";
import { jsonPath, shorten } from "../_internal/json-path";
import type { CjaDocument } from "../document/cja-document";
import { type DocumentFormat, documentFormats, formatVersion } from "../document/document-format";

/**
 * Writes a document as JSON text, the same bytes for the same document: an envelope naming the
 * JSON Schema, the format and its version, then the data, keys in the order of core's schema,
 * two-space indents, LF line ends and a final newline. The data goes through the format's schema
 * first, so keys outside it are not written, and data the schema refuses is not written at all.
 *
 * @param document - The format and its data.
 * @returns The JSON text.
 * @throws CjaKitError `usage/invalid-argument` when the document is not `{ format, data }`, the
 * format is not one of {@link documentFormats}, or the data does not match the format's schema
 * (a cyclic value included): such a file could not be read back. Its `issues` say where, as
 * {@link read} would (`schema/invalid_type` at `["data", "themes", 0, "title"]`), and its
 * message lists the first five as JSON paths.
 * @example
 * ```ts
 * write({ format: "indicator-set", data: { title: "Performance framework 2010-11", authority, indicators: [] } });
 * // {
 * //   "$schema": "https://unpkg.com/@cja-kit/json@0/schema/indicator-set.schema.json",
 * //   "format": "cja-kit/indicator-set",
 * //   "version": 1,
 * //   "data": { … }
 * // }
 * ```
 */
export function write(document: CjaDocument): string {
  const format = formatOf(document);
  const parsed = parseArgument(formatSchemas[format], document.data, ["data"]);
  if (!parsed.ok) throw refusal(format, parsed.issues);
  const file = {
    $schema: schemaUrl(format),
    format: `${FORMAT_PREFIX}${format}`,
    version: formatVersion,
    data: parsed.value,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function formatOf(document: CjaDocument): DocumentFormat {
  if (typeof document !== "object" || document === null || Array.isArray(document))
    throw usageError([
      argumentIssue([], `write expects a document { format, data }, but was given ${kindOfValue(document)}.`),
    ]);
  const format: unknown = document.format;
  if (typeof format === "string" && (documentFormats as readonly string[]).includes(format))
    return format as DocumentFormat;
  const shown = typeof format === "string" ? JSON.stringify(shorten(format)) : kindOfValue(format);
  throw usageError([
    argumentIssue(
      ["format"],
      `Cannot write format ${shown}: not a cja-kit format; use one of ${documentFormats.join(", ")}.`,
    ),
  ]);
}

function refusal(format: DocumentFormat, issues: readonly Issue[]): CjaKitError {
  const where = issues.slice(0, 5).map((issue) => `${jsonPath(issue.path)}: ${issue.message}`);
  const more = issues.length > 5 ? `\n(and ${issues.length - 5} more)` : "";
  return new CjaKitError(
    "usage/invalid-argument",
    `Cannot write this ${format}: it does not match the schema.\n${where.join("\n")}${more}`,
    issues,
  );
}
