import { unzipSync, zipSync } from "fflate";

/**
 * document.xml with its bookmarks numbered from 1 in the order they start: docx takes the ids of
 * the bookmarks a table of contents puts on headings (`_Toc…`) from one counter for the whole
 * process, so without this the same document would differ by what was rendered before it.
 */
export function stableBookmarks(xml: string): string {
  const ids = new Map<string, string>();
  const names = new Map<string, string>();
  for (const m of xml.matchAll(
    /<w:bookmarkStart (?:w:id="(\d+)" w:name="_Toc(\d+)"|w:name="_Toc(\d+)" w:id="(\d+)")\/>/g,
  )) {
    ids.set(m[1] ?? m[4] ?? "", String(ids.size + 1));
    names.set(m[2] ?? m[3] ?? "", String(names.size + 1));
  }
  if (ids.size === 0) return xml;
  return xml
    .replace(
      /(<w:bookmark(?:Start|End) (?:w:name="[^"]*" )?w:id=")(\d+)"/g,
      (all, start: string, id: string) => (ids.has(id) ? `${start}${ids.get(id)}"` : all),
    )
    .replace(/_Toc(\d+)/g, (all, n: string) => (names.has(n) ? `_Toc${names.get(n)}` : all));
}

/** A packed .docx with {@link stableBookmarks} applied to its document.xml. */
export function withStableBookmarks(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const document = files["word/document.xml"];
  if (document === undefined) return bytes;
  const xml = new TextDecoder().decode(document);
  const stable = stableBookmarks(xml);
  if (stable === xml) return bytes;
  files["word/document.xml"] = new TextEncoder().encode(stable);
  return zipSync(files);
}
