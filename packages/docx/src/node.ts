import { writeFile } from "node:fs/promises";
import { docxOf } from "./_internal/docx-of";
import { type InputCheck, inputIssue, kindOf, requireInputs } from "./_internal/input-issues";
import { packBytes } from "./_internal/page-numbers";
import { renderedCheck } from "./_internal/rendered-check";
import type { RenderedDocx } from "./rendered-docx";

const pathCheck: InputCheck = (value, path) =>
  typeof value === "string" && value !== ""
    ? []
    : [inputIssue(path, `The path must be a file name, but was given ${kindOf(value)}.`)];

/**
 * Packs a rendered document into a .docx `Buffer` (Node only; use `toBlob` in browsers). A
 * plan's contents page gets its page numbers here, from docx's layout of the pages.
 *
 * @param rendered - What a renderer returned.
 * @returns The .docx file's bytes.
 * @throws CjaKitError `usage/invalid-argument` (a rejection) when `rendered` is not what a renderer returned.
 * @example
 * ```ts
 * import { renderCommitteeReport } from "@cja-kit/docx";
 * import { toBuffer } from "@cja-kit/docx/node";
 *
 * const bytes = await toBuffer(renderCommitteeReport(report, { created: "2008-02-28T00:00:00Z" }));
 * ```
 */
export async function toBuffer(rendered: RenderedDocx): Promise<Buffer> {
  requireInputs("toBuffer", [["rendered", renderedCheck, rendered]]);
  const bytes = await packBytes(docxOf(rendered).document, rendered.parts);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Packs a rendered document and writes it to a file (Node only).
 *
 * @param path - Where to write the .docx.
 * @param rendered - What a renderer returned.
 * @returns When the file is written.
 * @throws CjaKitError `usage/invalid-argument` (a rejection) when `path` is not a non-empty string or `rendered` is not what a renderer returned; the file system's own error when the file cannot be written.
 * @example
 * ```ts
 * import { renderActionPlan } from "@cja-kit/docx";
 * import { writeDocx } from "@cja-kit/docx/node";
 *
 * await writeDocx("action-plan-2010-11.docx", renderActionPlan(plan, progress));
 * ```
 */
export async function writeDocx(path: string, rendered: RenderedDocx): Promise<void> {
  requireInputs("writeDocx", [
    ["path", pathCheck, path],
    ["rendered", renderedCheck, rendered],
  ]);
  await writeFile(path, await toBuffer(rendered));
}
