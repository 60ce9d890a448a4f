import { Packer } from "docx";
import { docxOf } from "../_internal/docx-of";
import type { RenderedDocx } from "../rendered-docx";

/**
 * Packs a rendered document into a .docx `Blob`, in browsers and in Node alike.
 *
 * @param rendered - What a renderer returned.
 * @returns The .docx file as a Blob (`application/vnd.openxmlformats-officedocument.wordprocessingml.document`).
 * @example
 * ```ts
 * const blob = await toBlob(renderCommitteeReport(report));
 * const link = Object.assign(document.createElement("a"), { href: URL.createObjectURL(blob), download: "report.docx" });
 * link.click();
 * ```
 */
export function toBlob(rendered: RenderedDocx): Promise<Blob> {
  return Packer.toBlob(docxOf(rendered).document, false, rendered.parts);
}
