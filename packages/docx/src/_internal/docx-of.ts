import type { Document, FileChild } from "docx";
import type { RenderedDocx } from "../rendered-docx";

/** A rendered document's docx objects with docx's types, which the public type leaves out. */
export function docxOf(rendered: RenderedDocx): { document: Document; body: readonly FileChild[] } {
  return { document: rendered.document as Document, body: rendered.body as readonly FileChild[] };
}
