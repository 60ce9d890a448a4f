import type { Issue } from "@cja-kit/core";
import { ImageRun, type IPatch, PatchType, patchDetector, patchDocument } from "docx";
import { type Context, createContext } from "../_internal/context";
import { docxOf } from "../_internal/docx-of";
import { resolveOptions } from "../_internal/resolve-options";
import { numbering } from "../_internal/styles";
import { textRuns } from "../_internal/text-runs";
import type { RenderedDocx } from "../rendered-docx";

/**
 * An image for a `{{placeholder}}` of a template, e.g. a council's logo: the bytes, the format,
 * its size in pixels (96 to the inch) and its alt text.
 *
 * @example
 * ```ts
 * const logo: TemplateImage = { data: pngBytes, type: "png", width: 120, height: 60, altText: "South Lanarkshire Council" };
 * ```
 */
export type TemplateImage = {
  data: Uint8Array | ArrayBuffer;
  type: "png" | "jpg" | "gif" | "bmp";
  width: number;
  height: number;
  altText: string;
};

/**
 * What goes into a template's `{{placeholders}}`, by placeholder name: rendered documents (their
 * whole body replaces the placeholder's paragraph), text (replaces the placeholder within its
 * paragraph, keeping the template's formatting), and images.
 *
 * @example
 * ```ts
 * const fill: TemplateFill = {
 *   content: { body: renderCommitteeReport(report) },
 *   text: { subject: "Chief Officer's Update", date: "19 September 2007" },
 * };
 * ```
 */
export type TemplateFill = {
  content?: Readonly<Record<string, RenderedDocx>>;
  text?: Readonly<Record<string, string>>;
  images?: Readonly<Record<string, TemplateImage>>;
};

/**
 * The document properties set on a filled template; the template's others are kept.
 *
 * @example
 * ```ts
 * const properties: TemplateProperties = { title: "Chief Officer's Update", author: "Lanarkshire CJA" };
 * ```
 */
export type TemplateProperties = {
  title?: string;
  author?: string;
  subject?: string;
  description?: string;
  keywords?: string;
};

/**
 * A filled template: the .docx bytes and the issues met (the rendered documents' own, text
 * cleaned, placeholders without a fill and fills without a placeholder).
 *
 * @example
 * ```ts
 * const { data, issues }: FilledTemplate = await fillTemplate(template, fill);
 * ```
 */
export type FilledTemplate = { data: Uint8Array; issues: Issue[] };

function patches(context: Context, fill: TemplateFill): Record<string, IPatch> {
  const out: Record<string, IPatch> = {};
  for (const [key, rendered] of Object.entries(fill.content ?? {}))
    out[key] = { type: PatchType.DOCUMENT, children: [...docxOf(rendered).body] };
  for (const [key, text] of Object.entries(fill.text ?? {}))
    out[key] = { type: PatchType.PARAGRAPH, children: textRuns(context, text, { path: ["text", key] }) };
  for (const [key, image] of Object.entries(fill.images ?? {}))
    out[key] = {
      type: PatchType.PARAGRAPH,
      children: [
        new ImageRun({
          type: image.type,
          data: image.data,
          transformation: { width: image.width, height: image.height },
          altText: { name: key, description: image.altText, title: image.altText },
        }),
      ],
    };
  return out;
}

function placeholderIssues(found: readonly string[], given: readonly string[]): Issue[] {
  const warn = (code: string, key: string, message: string): Issue => ({
    code,
    severity: "warning",
    path: [key],
    message,
  });
  return [
    ...found
      .filter((key) => !given.includes(key))
      .map((key) =>
        warn(
          "docx/template-placeholder-unfilled",
          key,
          `The template's {{${key}}} was given nothing, so it stays in the document; fill it or remove it from the template.`,
        ),
      ),
    ...given
      .filter((key) => !found.includes(key))
      .map((key) =>
        warn(
          "docx/template-placeholder-missing",
          key,
          `"${key}" was given but the template has no {{${key}}}; add the placeholder or drop the fill.`,
        ),
      ),
  ];
}

/**
 * Puts rendered content, text and images into a council's own branded .docx (letterhead, logo,
 * styles) at its `{{placeholders}}`, through docx's `patchDocument`. The template's styles govern
 * the content: its Heading 1-3 and Normal styles, with the lists the content uses added. Render
 * the content with the template's page size and margins so its tables fit.
 *
 * @param template - The template .docx.
 * @param fill - What goes where.
 * @param properties - Document properties to set.
 * @returns The filled .docx and the issues met.
 * @example
 * ```ts
 * const { data, issues } = await fillTemplate(await readFile("slc-report-template.docx"), {
 *   content: { body: renderCommitteeReport(report) },
 *   text: { subject: report.subject ?? "" },
 * });
 * await writeFile("report.docx", data);
 * ```
 */
export async function fillTemplate(
  template: Uint8Array | ArrayBuffer | Blob,
  fill: TemplateFill,
  properties: TemplateProperties = {},
): Promise<FilledTemplate> {
  const context = createContext(resolveOptions({}));
  const patched = patches(context, fill);
  const found = await patchDetector({ data: template });
  const { author, ...rest } = properties;
  const data = await patchDocument({
    outputType: "uint8array",
    data: template,
    patches: patched,
    keepOriginalStyles: true,
    numbering,
    properties: { ...rest, ...(author === undefined ? {} : { creator: author, lastModifiedBy: author }) },
  });
  const rendered = Object.values(fill.content ?? {}).flatMap((r) => r.issues);
  return {
    data,
    issues: [...rendered, ...context.issues, ...placeholderIssues(found, Object.keys(patched))],
  };
}
