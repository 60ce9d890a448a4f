import type { Document } from "docx";
import { unzipSync, zipSync } from "fflate";

/** Documents holding parts with random relationship ids (charts), to be made stable when packed. */
const withParts = new WeakSet<Document>();

/** Marks a document as holding charts, whose relationship ids are made stable when it is packed. */
export function hasOwnParts(document: Document): void {
  withParts.add(document);
}

/** Whether a document was marked by {@link hasOwnParts}. */
export const holdsOwnParts = (document: Document): boolean => withParts.has(document);

/** A relationship id docx makes at random for a part of its own (a chart, its workbook), not `rId7`. */
const RANDOM_ID = /Id="(rId(?!\d+")[^"]+)"/g;

/**
 * The package's parts with the relationship ids docx draws at random for charts and their
 * workbooks renamed `rIdPart1`, `rIdPart2`… in the order their relationships are listed, so the
 * same data gives the same document.xml, whatever was rendered before it.
 */
export function stableRelationships(parts: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const decoder = new TextDecoder();
  const names = new Map<string, string>();
  const paths = Object.keys(parts).sort();
  for (const path of paths.filter((p) => p.endsWith(".rels")))
    for (const m of decoder.decode(parts[path]).matchAll(RANDOM_ID))
      if (!names.has(m[1] ?? "")) names.set(m[1] ?? "", `rIdPart${names.size + 1}`);
  if (names.size === 0) return parts;
  const attribute = /((?:\sId|\sr:id|\sr:embed)=")(rId[^"]+)"/g;
  const out: Record<string, Uint8Array> = {};
  for (const path of paths) {
    const bytes = parts[path] as Uint8Array;
    if (!/\.(xml|rels)$/.test(path)) {
      out[path] = bytes;
      continue;
    }
    const xml = decoder.decode(bytes);
    const renamed = xml.replace(attribute, (all, before: string, id: string) =>
      names.has(id) ? `${before}${names.get(id)}"` : all,
    );
    out[path] = renamed === xml ? bytes : new TextEncoder().encode(renamed);
  }
  return out;
}

/** A packed .docx with {@link stableRelationships} applied. */
export function withStableRelationships(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  const stable = stableRelationships(parts);
  return stable === parts ? bytes : zipSync(stable);
}
