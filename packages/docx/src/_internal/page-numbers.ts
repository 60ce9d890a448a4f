import { type Document, Packer, type PageNumberEstimator } from "docx";
import type { DocxPart } from "../rendered-docx";
import { withStableBookmarks } from "./stable-bookmarks";
import { holdsOwnParts, withStableRelationships } from "./stable-relationships";

/** Documents whose page numbers are worked out when packed, with how to build each with them. */
const later = new WeakMap<Document, (pageNumbers: PageNumberEstimator) => Document>();

/** Marks a document as one whose contents page gets its numbers when it is packed. */
export function laterPageNumbers(
  document: Document,
  build: (pageNumbers: PageNumberEstimator) => Document,
): void {
  later.set(document, build);
}

/**
 * The document to pack: as rendered, or, where its contents page waits for page numbers, built
 * again with docx's layout of the pages (`docx/layout`, a large module loaded here and only here,
 * so an app that renders no contents page never loads it).
 */
export async function documentToPack(document: Document): Promise<Document> {
  const build = later.get(document);
  if (build === undefined) return document;
  const { estimatePageNumbers } = await import("docx/layout");
  return build(estimatePageNumbers);
}

/**
 * The .docx bytes of a rendered document: its contents page numbered (see {@link documentToPack})
 * and the contents' bookmarks and charts' relationships numbered the same whatever was rendered before.
 */
export async function packBytes(document: Document, parts: readonly DocxPart[]): Promise<Uint8Array> {
  const packed = await Packer.pack(await documentToPack(document), "uint8array", false, [...parts]);
  const bookmarked = later.has(document) ? withStableBookmarks(packed) : packed;
  return holdsOwnParts(document) ? withStableRelationships(bookmarked) : bookmarked;
}
