import type { Checked, Issue } from "@cja-kit/core";
import { ImageRun, type IPatch, PatchType, patchDetector, patchDocument, TextRun } from "docx";
import { cleanText } from "../_internal/clean-text";
import { type Context, createContext } from "../_internal/context";
import { docxOf } from "../_internal/docx-of";
import { resolveOptions } from "../_internal/resolve-options";
import { numbering } from "../_internal/styles";
import { templateImageIssues } from "../_internal/template-image";
import { templateInputIssues } from "../_internal/template-inputs";
import { templateMarkers } from "../_internal/template-markers";
import { packageBytes, readTemplatePackage } from "../_internal/template-package";
import { textRuns } from "../_internal/text-runs";
import type { RenderedDocx } from "../rendered-docx";
import { defaultTemplateLimits, type TemplateLimits } from "./template-limits";

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
 * Options of {@link fillTemplate}: the document properties to set, and how much of the template
 * to read before refusing it.
 *
 * @example
 * ```ts
 * const options: FillTemplateOptions = { properties: { title: "Chief Officer's Update" }, limits: { maxEntries: 200 } };
 * ```
 */
export type FillTemplateOptions = {
  /** Document properties to set. @defaultValue none: the template's are kept */
  properties?: TemplateProperties;
  /** Limits on the template's zip. @defaultValue {@link defaultTemplateLimits} */
  limits?: Partial<TemplateLimits>;
};

/**
 * A filled template: the .docx bytes and the issues met (the rendered documents' own, text
 * cleaned, placeholders without a fill and fills without a placeholder); or, when the template
 * or a fill cannot be used, only the issues saying why.
 *
 * @example
 * ```ts
 * const filled: FilledTemplate = await fillTemplate(template, fill);
 * if (filled.ok) await writeFile("report.docx", filled.value);
 * ```
 */
export type FilledTemplate = Checked<Uint8Array>;

function imagePatch(context: Context, key: string, image: TemplateImage): IPatch {
  const alt = cleanText(context, image.altText, { path: ["images", key, "altText"] });
  return {
    type: PatchType.PARAGRAPH,
    children: [
      new ImageRun({
        type: image.type,
        data: image.data,
        transformation: { width: image.width, height: image.height },
        altText: { name: key, description: alt, title: alt },
      }),
    ],
  };
}

function patches(context: Context, fill: TemplateFill): Record<string, IPatch> {
  const out: Record<string, IPatch> = {};
  for (const [key, rendered] of Object.entries(fill.content ?? {}))
    out[key] = { type: PatchType.DOCUMENT, children: [...docxOf(rendered).body] };
  for (const [key, text] of Object.entries(fill.text ?? {}))
    out[key] = { type: PatchType.PARAGRAPH, children: textRuns(context, text, { path: ["text", key] }) };
  for (const [key, image] of Object.entries(fill.images ?? {})) out[key] = imagePatch(context, key, image);
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

/** The properties with their text cleaned, in docx's names (`creator` for the author). */
function cleanProperties(context: Context, properties: TemplateProperties): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (typeof value !== "string") continue;
    const text = cleanText(context, value, { path: ["properties", key] });
    if (key === "author") Object.assign(out, { creator: text, lastModifiedBy: text });
    else out[key] = text;
  }
  return out;
}

/** Each of the template's own placeholders that is filled, rewritten between the markers. */
function markPatches(
  keys: readonly string[],
  markers: { start: string; end: string },
): Record<string, IPatch> {
  return Object.fromEntries(
    keys.map((key) => [
      key,
      { type: PatchType.PARAGRAPH, children: [new TextRun(`${markers.start}${key}${markers.end}`)] },
    ]),
  );
}

const refused = (code: string, message: string): FilledTemplate => ({
  ok: false,
  issues: [{ code, severity: "error", path: [], message }],
});

async function bytesOf(template: Uint8Array | ArrayBuffer | Blob): Promise<Uint8Array> {
  if (template instanceof Uint8Array) return template;
  if (template instanceof ArrayBuffer) return new Uint8Array(template);
  return new Uint8Array(await template.arrayBuffer());
}

/**
 * Puts rendered content, text and images into a council's own branded .docx (letterhead, logo,
 * styles) at its `{{placeholders}}`, through docx's `patchDocument`. The template is untrusted
 * input: its zip is read within {@link TemplateLimits} (sizes counted while inflating), entries
 * named to escape the package (`../`, absolute paths), XML that is not well-formed or declares a
 * DOCTYPE (external entities, entity expansion) and a zip without `word/document.xml` are refused
 * with an error issue, never an exception. Only the template's own placeholders are replaced,
 * never text that came from a fill; each rendered document's numbered lists start at 1; the
 * properties are cleaned like every other text. The template's styles govern the content: its
 * Heading 1-3 and Normal styles, with the lists the content uses added. Render the content with
 * the template's page size and margins so its tables fit.
 *
 * Issues: `docx/template-not-a-zip`, `docx/template-not-docx`, `docx/template-corrupt`,
 * `docx/template-too-large`, `docx/template-unsafe-entry`, `docx/template-bad-xml`,
 * `docx/template-xml-doctype`, `docx/template-unreadable`, `docx/template-image-invalid` (errors:
 * nothing is written); `docx/template-placeholder-unfilled`, `docx/template-placeholder-missing`,
 * `docx/control-character-removed` (warnings). Arguments that are not what their types say (a
 * template that is not bytes, a fill whose content is not what a renderer returned, text that is
 * not a string) are `usage/invalid-argument` errors, and nothing is filled.
 *
 * @param template - The template .docx.
 * @param fill - What goes where.
 * @param options - Document properties to set, and limits on the template.
 * @returns The filled .docx and the issues met, or the issues that stopped it.
 * @example
 * ```ts
 * const filled = await fillTemplate(await readFile("slc-report-template.docx"), {
 *   content: { body: renderCommitteeReport(report, { letterhead: false }) },
 *   text: { subject: report.subject ?? "" },
 * });
 * if (filled.ok) await writeFile("report.docx", filled.value);
 * else console.error(filled.issues.map(formatIssue).join("\n"));
 * ```
 */
export async function fillTemplate(
  template: Uint8Array | ArrayBuffer | Blob,
  fill: TemplateFill,
  options: FillTemplateOptions = {},
): Promise<FilledTemplate> {
  const wrong = templateInputIssues(template, fill, options);
  if (wrong.length > 0) return { ok: false, issues: wrong };
  const read = readTemplatePackage(await bytesOf(template), { ...defaultTemplateLimits, ...options.limits });
  if (!read.ok) return { ok: false, issues: [read.issue] };
  const imageIssues = Object.entries(fill.images ?? {}).flatMap(([key, image]) =>
    templateImageIssues(key, image),
  );
  if (imageIssues.length > 0) return { ok: false, issues: imageIssues };
  const markers = templateMarkers(read.value.xml.values());
  if (markers === undefined)
    return refused(
      "docx/template-unreadable",
      "The template holds every one of the noncharacters U+FDD0-U+FDEF, which Word never writes; save the template again from Word.",
    );
  const context = createContext(resolveOptions({}));
  const patched = patches(context, fill);
  const properties = cleanProperties(context, options.properties ?? {});
  try {
    const clean = packageBytes(read.value.entries);
    const found = await patchDetector({ data: clean });
    const marked = await patchDocument({
      outputType: "uint8array",
      data: clean,
      patches: markPatches(
        found.filter((key) => key in patched),
        markers,
      ),
      keepOriginalStyles: true,
    });
    const data = await patchDocument({
      outputType: "uint8array",
      data: marked,
      patches: patched,
      placeholderDelimiters: markers,
      keepOriginalStyles: true,
      numbering,
      properties,
    });
    const rendered = Object.values(fill.content ?? {}).flatMap((r) => r.issues);
    return {
      ok: true,
      value: data,
      issues: [...rendered, ...context.issues, ...placeholderIssues(found, Object.keys(patched))],
    };
  } catch (error) {
    return refused(
      "docx/template-unreadable",
      `The template could not be filled: ${error instanceof Error ? error.message : String(error)}. Save the template again from Word, or report the file if Word opens it.`,
    );
  }
}
