import type { Document, PageNumberEstimator } from "docx";

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
