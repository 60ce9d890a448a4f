import { inflateRawSync } from "node:zlib";

// One file out of a zip package (a .docx), for tests: the central directory names each file and
// where its local header is; the data after that header is stored or deflated.

const END = 0x06054b50;
const ENTRY = 0x02014b50;

/** The text of one file of a zip package. */
export function zipPart(zip: Uint8Array, path: string): string {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== END) end -= 1;
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    if (view.getUint32(at, true) !== ENTRY) break;
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    if (name === path) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = zip.subarray(start, start + size);
      return new TextDecoder().decode(method === 0 ? data : inflateRawSync(data));
    }
    at += 46 + nameLength + extra;
  }
  throw new Error(`${path} is not in the package`);
}

/** The text of WordprocessingML: its w:t runs, each paragraph on a line. */
export function wordText(xml: string): string {
  const plain = (t: string) =>
    t
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => plain(m[1] ?? "")).join(""))
    .join("\n");
}
