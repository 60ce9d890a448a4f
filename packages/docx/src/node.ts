import { writeFile } from "node:fs/promises";
import { Packer } from "docx";
import { docxOf } from "./_internal/docx-of";
import type { RenderedDocx } from "./rendered-docx";

/**
 * Packs a rendered document into a .docx `Buffer` (Node only; use `toBlob` in browsers).
 *
 * @param rendered - What a renderer returned.
 * @returns The .docx file's bytes.
 * @example
 * ```ts
 * import { renderCommitteeReport } from "@cja-kit/docx";
 * import { toBuffer } from "@cja-kit/docx/node";
 *
 * const bytes = await toBuffer(renderCommitteeReport(report, { created: "2008-02-28T00:00:00Z" }));
 * ```
 */
export function toBuffer(rendered: RenderedDocx): Promise<Buffer> {
  return Packer.toBuffer(docxOf(rendered).document, false, rendered.parts);
}

/**
 * Packs a rendered document and writes it to a file (Node only).
 *
 * @param path - Where to write the .docx.
 * @param rendered - What a renderer returned.
 * @returns When the file is written.
 * @example
 * ```ts
 * import { renderActionPlan } from "@cja-kit/docx";
 * import { writeDocx } from "@cja-kit/docx/node";
 *
 * await writeDocx("action-plan-2010-11.docx", renderActionPlan(plan, progress));
 * ```
 */
export async function writeDocx(path: string, rendered: RenderedDocx): Promise<void> {
  await writeFile(path, await toBuffer(rendered));
}
