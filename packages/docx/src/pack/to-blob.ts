import { docxOf } from "../_internal/docx-of";
import { requireInputs } from "../_internal/input-issues";
import { packBytes } from "../_internal/page-numbers";
import { renderedCheck } from "../_internal/rendered-check";
import type { RenderedDocx } from "../rendered-docx";

/**
 * Packs a rendered document into a .docx `Blob`, in browsers and in Node alike. A plan's
 * contents page gets its page numbers here, from docx's layout of the pages (loaded only then).
 *
 * @param rendered - What a renderer returned.
 * @returns The .docx file as a Blob (`application/vnd.openxmlformats-officedocument.wordprocessingml.document`).
 * @throws CjaKitError `usage/invalid-argument` (a rejection) when `rendered` is not what a renderer returned.
 * @example
 * ```ts
 * const blob = await toBlob(renderCommitteeReport(report));
 * const link = Object.assign(document.createElement("a"), { href: URL.createObjectURL(blob), download: "report.docx" });
 * link.click();
 * ```
 */
export async function toBlob(rendered: RenderedDocx): Promise<Blob> {
  requireInputs("toBlob", [["rendered", renderedCheck, rendered]]);
  const bytes = await packBytes(docxOf(rendered).document, rendered.parts);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
}
