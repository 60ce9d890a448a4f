import type { Issue } from "@cja-kit/core";
import { zipSync } from "fflate";
import type { TemplateLimits } from "../template/template-limits";
import { readZip } from "./read-zip";
import { decodeXml, xmlPartProblem } from "./xml-part-problem";

/** A template's parts once checked: the bytes of each, and the text of its XML parts. */
export type TemplatePackage = { entries: Map<string, Uint8Array>; xml: Map<string, string> };

const REQUIRED = ["[Content_Types].xml", "word/document.xml"];

const refuse = (code: string, path: string, message: string): Issue => ({
  code,
  severity: "error",
  path: [path],
  message,
});

/** The text of every XML part, or the issue refusing the first that is not safe, well-formed XML. */
function xmlParts(entries: ReadonlyMap<string, Uint8Array>): Map<string, string> | Issue {
  const xml = new Map<string, string>();
  for (const [path, bytes] of entries) {
    if (!/\.(xml|rels)$/i.test(path)) continue;
    const text = decodeXml(bytes);
    const problem = text === undefined ? "its bytes are not UTF-8 or UTF-16 text" : xmlPartProblem(text);
    if (problem !== undefined || text === undefined)
      return refuse(
        problem?.includes("DOCTYPE") === true ? "docx/template-xml-doctype" : "docx/template-bad-xml",
        path,
        `The template's part ${path} was refused: ${problem}. Word never writes such a part; save the template again from Word.`,
      );
    xml.set(path, text);
  }
  return xml;
}

/**
 * A template read as untrusted input: a zip within the limits, with no unsafe entry names,
 * `word/document.xml` and `[Content_Types].xml` present, and every XML part well-formed with
 * no DOCTYPE. Anything else is refused with one error issue saying why.
 */
export function readTemplatePackage(
  bytes: Uint8Array,
  limits: TemplateLimits,
): { ok: true; value: TemplatePackage } | { ok: false; issue: Issue } {
  const zip = readZip(bytes, limits);
  if (!zip.ok) return zip;
  const missing = REQUIRED.find((path) => !zip.entries.has(path));
  if (missing !== undefined)
    return {
      ok: false,
      issue: refuse(
        "docx/template-not-docx",
        missing,
        `The template is a zip but not a Word document: it has no ${missing}. Give a .docx saved by Word (a .dotx template saved as .docx works too).`,
      ),
    };
  const xml = xmlParts(zip.entries);
  if (!(xml instanceof Map)) return { ok: false, issue: xml };
  return { ok: true, value: { entries: zip.entries, xml } };
}

/** The checked parts as a fresh zip: only what was read and checked goes on. */
export const packageBytes = (entries: ReadonlyMap<string, Uint8Array>): Uint8Array =>
  zipSync(Object.fromEntries(entries));
