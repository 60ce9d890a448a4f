import { deflateSync, strToU8 } from "fflate";

// Zips made by hand, to say exactly what a hostile template's headers and data hold.

/** An entry of a hand-made zip: its name, its data as stored, and what the headers declare. */
export type RawEntry = {
  name: string;
  /** The bytes as stored: deflated for method 8. */
  stored: Uint8Array;
  method?: number;
  /** The inflated size the headers declare. */
  declared: number;
};

const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];

const concat = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** A zip of entries exactly as given: names unchecked, sizes as declared, CRCs left 0. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const sizes = [...u32(0), ...u32(entry.stored.length), ...u32(entry.declared)];
    const common = [...u16(20), ...u16(0x800), ...u16(entry.method ?? 8), ...u16(0), ...u16(0x21), ...sizes];
    central.push(
      Uint8Array.from([
        0x50,
        0x4b,
        0x01,
        0x02,
        ...u16(20),
        ...common,
        ...u16(name.length),
        ...u16(0),
        ...u16(0),
      ]),
      Uint8Array.from([...u16(0), ...u16(0), ...u32(0), ...u32(offset)]),
      name,
    );
    const local = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...common, ...u16(name.length), ...u16(0)]);
    locals.push(local, name, entry.stored);
    offset += local.length + name.length + entry.stored.length;
  }
  const directory = concat(central);
  const end = [0x50, 0x4b, 0x05, 0x06, ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length)];
  return concat([
    ...locals,
    directory,
    Uint8Array.from([...end, ...u32(directory.length), ...u32(offset), ...u16(0)]),
  ]);
}

/** An entry of text or bytes, deflated, its size declared truly. */
export const entry = (name: string, data: string | Uint8Array): RawEntry => {
  const bytes = typeof data === "string" ? strToU8(data) : data;
  return { name, stored: deflateSync(bytes), declared: bytes.length };
};

/** Writes bits into bytes, least significant first as DEFLATE reads them. */
function bitWriter(out: Uint8Array) {
  let bit = 0;
  return {
    /** Writes `length` bits of `value`; a Huffman code (`code`) goes most significant bit first. */
    put(value: number, length: number, code = false) {
      for (let i = 0; i < length; i++) {
        const b = code ? (value >>> (length - 1 - i)) & 1 : (value >>> i) & 1;
        out[bit >>> 3] = (out[bit >>> 3] ?? 0) | (b << (bit & 7));
        bit++;
      }
    },
    at: () => bit,
  };
}

/**
 * A DEFLATE stream of `count` spaces made without deflating them: one literal space, then
 * back-references of 258 bytes at distance 1 (13 bits each in a fixed-Huffman block), so 400 MB
 * of spaces takes 2.5 MB and a few milliseconds to make. The references repeat every 13 bytes,
 * so after the first few the bytes are copied.
 */
export function spaces(count: number): Uint8Array {
  const refs = Math.floor((count - 1) / 258);
  const out = new Uint8Array(Math.ceil((3 + 8 + refs * 13 + 7) / 8) + 1);
  const w = bitWriter(out);
  w.put(1, 1); // last block
  w.put(1, 2); // fixed Huffman codes
  w.put(0x30 + 0x20, 8, true); // the literal " "
  const head = Math.min(refs, 64);
  for (let i = 0; i < head; i++) {
    w.put(0b11000101, 8, true); // length 258 (code 285)
    w.put(0, 5, true); // distance 1 (code 0)
  }
  const end = 11 + refs * 13;
  if (refs > head) {
    const last = end >>> 3;
    for (let b = w.at() >>> 3; b <= last; b++) out[b] = out[b - 13] ?? 0;
    // Past the final reference: the end-of-block code, all zeros.
    out[last] = (out[last] ?? 0) & ((1 << (end & 7)) - 1);
  }
  return out.subarray(0, Math.ceil((end + 7) / 8));
}
/** The parts of a minimal .docx that Word opens, with `body` as the document's paragraphs' XML. */
export function minimalDocx(body: string, extra: readonly RawEntry[] = []): Uint8Array {
  return rawZip([...minimalParts(body), ...extra]);
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** The entries of a minimal .docx. */
export const minimalParts = (body: string): RawEntry[] => [
  entry(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  ),
  entry(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  ),
  entry(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
  ),
];

/** A paragraph of text. */
export const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
