import type { DocxPart } from "../rendered-docx";

/** The document properties written to `docProps/core.xml`. */
export type CoreProperties = {
  title: string;
  creator: string;
  subject?: string;
  description?: string;
  keywords?: string;
  language: string;
  created: Date;
};

const escapeXml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch] ?? ch,
  );

const element = (name: string, value: string | undefined): string =>
  value === undefined || value.length === 0 ? "" : `<${name}>${escapeXml(value)}</${name}>`;

const stamp = (name: string, date: Date): string =>
  `<${name} xsi:type="dcterms:W3CDTF">${date.toISOString().replace(/\.\d{3}Z$/, "Z")}</${name}>`;

/**
 * `docProps/core.xml` written by us rather than docx, which stamps the time of packing: so the
 * created date can be set and output made deterministic, and the language recorded.
 */
export function corePropertiesPart(p: CoreProperties): DocxPart {
  const data = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element("dc:title", p.title),
    element("dc:subject", p.subject),
    element("dc:creator", p.creator),
    element("cp:keywords", p.keywords),
    element("dc:description", p.description),
    element("dc:language", p.language),
    element("cp:lastModifiedBy", p.creator),
    stamp("dcterms:created", p.created),
    stamp("dcterms:modified", p.created),
    "</cp:coreProperties>",
  ].join("");
  return { path: "docProps/core.xml", data };
}
