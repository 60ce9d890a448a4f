import type { Issue } from "@cja-kit/core";

/**
 * A package part written in place of the one docx generates, e.g. `docProps/core.xml` with the
 * created date of the options.
 *
 * @example
 * ```ts
 * const part: DocxPart = { path: "docProps/core.xml", data: "<?xml version=\"1.0\"?>…" };
 * ```
 */
export type DocxPart = { path: string; data: string };

/**
 * A rendered document before packing: the docx `Document`, the issues met while rendering
 * (e.g. control characters removed), the body's content for a council's template, and the
 * package parts to write over docx's own. Pack it with {@link toBlob} (browsers) or `toBuffer`
 * from `@cja-kit/docx/node`.
 *
 * @example
 * ```ts
 * const rendered: RenderedDocx = renderCommitteeReport(report, { created: "2008-02-28" });
 * if (rendered.issues.length > 0) console.warn(rendered.issues.map(formatIssue).join("\n"));
 * const blob = await toBlob(rendered);
 * ```
 */
export type RenderedDocx = {
  /**
   * The docx library's `Document`. Typed `object` so that this package's types do not load
   * docx's, which bring Node's globals (`Buffer`, `process`) into a browser project; cast it to
   * docx's `Document` to work on it.
   */
  document: object;
  issues: Issue[];
  /** The body's content, docx `FileChild` objects (typed `object` as `document` is). */
  body: readonly object[];
  parts: readonly DocxPart[];
};
