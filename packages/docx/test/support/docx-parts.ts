import JSZip from "jszip";

/** One part of a .docx package, as text. */
export async function docxPart(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(path);
  if (file === null) throw new Error(`${path} is not in the package`);
  return file.async("string");
}

/** The paths of a .docx package's parts. */
export async function docxPaths(bytes: Uint8Array): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(bytes)).files);
}

/** document.xml one paragraph, row or table per line, for golden files a person can diff. */
export const readableXml = (xml: string): string =>
  `${xml.replace(/(<w:(?:p|tbl|tr|sectPr)(?=[ >]))/g, "\n$1")}\n`;
