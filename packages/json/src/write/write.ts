import { FORMAT_PREFIX, schemaUrl } from "../_internal/format-addresses";
import { formatSchemas } from "../_internal/format-schemas";
import { jsonPath } from "../_internal/json-path";
import type { CjaDocument } from "../document/cja-document";
import { formatVersion } from "../document/document-format";

/**
 * Writes a document as JSON text, the same bytes for the same document: an envelope naming the
 * JSON Schema, the format and its version, then the data, keys in the order of core's schema,
 * two-space indents, LF line ends and a final newline. The data goes through the format's schema
 * first, so keys outside it are not written.
 *
 * @param document - The format and its data.
 * @returns The JSON text.
 * @throws TypeError when the data does not match the format's schema (listing where), or the
 * format is not one of {@link documentFormats}: such a file could not be read back.
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
  const schema = Object.hasOwn(formatSchemas, document.format) ? formatSchemas[document.format] : undefined;
  if (schema === undefined)
    throw new TypeError(`Cannot write format ${JSON.stringify(document.format)}: not a cja-kit format.`);
  const parsed = schema.safeParse(document.data);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 5)
      .map(
        (issue) =>
          `${jsonPath(["data", ...issue.path.map((part) => (typeof part === "symbol" ? String(part) : part))])}: ${issue.message}`,
      );
    throw new TypeError(
      `Cannot write this ${document.format}: it does not match the schema.\n${where.join("\n")}`,
    );
  }
  const file = {
    $schema: schemaUrl(document.format),
    format: `${FORMAT_PREFIX}${document.format}`,
    version: formatVersion,
    data: parsed.data,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
