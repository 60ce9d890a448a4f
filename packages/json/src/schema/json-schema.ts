import * as z from "zod";
import { $ZodRegistry, type $ZodType, type GlobalMeta, type JSONSchema } from "zod/v4/core";
import { argumentIssue, kindOfValue, usageError } from "../_internal/argument-issues";
import { describeReferences } from "../_internal/describe-references";
import { FORMAT_PREFIX, schemaId } from "../_internal/format-addresses";
import { formatSchemas } from "../_internal/format-schemas";
import { shorten } from "../_internal/json-path";
import { schemaNames } from "../_internal/schema-names";
import { type DocumentFormat, documentFormats, formatVersion } from "../document/document-format";

/** The global registry's metadata (descriptions), plus an `id` for core's named schemas so they go to `$defs`. */
class NamedSchemas extends $ZodRegistry<GlobalMeta> {
  override get<S extends $ZodType>(schema: S) {
    const meta = z.globalRegistry.get(schema);
    const id = schemaNames.get(schema);
    return id === undefined ? meta : { ...meta, id };
  }
}

function envelope(format: DocumentFormat) {
  return z
    .object({
      $schema: z.string().optional().describe("The URL of this JSON Schema, for editors."),
      format: z.literal(`${FORMAT_PREFIX}${format}`).describe("The document format."),
      version: z.literal(formatVersion).describe("The version of the format."),
      data: formatSchemas[format],
    })
    .describe(
      `A cja-kit ${format.replace("-", " ")} document: the envelope naming its format and version, and the data.`,
    );
}

/**
 * The JSON Schema (draft 2020-12) of a document format, generated from core's zod schemas: the
 * envelope and the data, core's named schemas under `$defs` (recursive themes by `$ref`), each
 * titled with its name, every property described, unknown keys disallowed. zod refinements are not in it: a financial year must match `^\d{4}-\d{2}$` but
 * the check that its years are consecutive (like the real-day check of dates, a plan period's
 * order, a flag column's key) is only made by {@link read}. The same schema ships as
 * `@cja-kit/json/schema/<format>.schema.json`. Its `$id` names the format and its version
 * (`urn:cja-kit:plan:v1`); the `$schema` that {@link write} puts in a document is the address the
 * published file is served at.
 *
 * @param format - The document format.
 * @returns A new JSON Schema object.
 * @throws CjaKitError `usage/invalid-argument` when `format` is not one of {@link documentFormats}.
 * @example
 * ```ts
 * const schema = jsonSchema("plan");
 * schema.$id; // "urn:cja-kit:plan:v1"
 * Object.keys(schema.$defs ?? {}).includes("Theme"); // true
 * ```
 */
export function jsonSchema(format: DocumentFormat): JSONSchema.JSONSchema {
  if (!(documentFormats as readonly unknown[]).includes(format)) {
    const shown = typeof format === "string" ? JSON.stringify(shorten(format)) : kindOfValue(format);
    const message = `jsonSchema expects one of ${documentFormats.join(", ")}, but was given ${shown}.`;
    throw usageError([argumentIssue([], message)]);
  }
  const { $schema, ...rest } = z.toJSONSchema(envelope(format), {
    target: "draft-2020-12",
    metadata: new NamedSchemas(),
    unrepresentable: "throw",
  });
  return describeReferences({
    $schema,
    $id: schemaId(format),
    title: `cja-kit ${format} v${formatVersion}`,
    ...rest,
  });
}
