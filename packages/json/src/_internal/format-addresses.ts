import { type DocumentFormat, formatVersion } from "../document/document-format";

/** The prefix of format names inside a file: `"format": "cja-kit/plan"`. */
export const FORMAT_PREFIX = "cja-kit/";

/**
 * Where a format's JSON Schema is served once @cja-kit/json is published (unpkg serves the newest
 * release of the major): what `write` puts in `$schema`, for editors.
 */
export function schemaUrl(format: DocumentFormat): string {
  return `https://unpkg.com/@cja-kit/json@0/schema/${format}.schema.json`;
}

/**
 * A format's JSON Schema's `$id`: a name for the format and its version, never fetched, so it
 * holds before the package is published, wherever the file is copied, and across package releases
 * that leave the format as it is (an address would change with each, or not exist yet).
 */
export function schemaId(format: DocumentFormat): string {
  return `urn:cja-kit:${format}:v${formatVersion}`;
}
