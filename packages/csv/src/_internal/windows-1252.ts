// The WHATWG Encoding Standard's index for windows-1252 (https://encoding.spec.whatwg.org/index-windows-1252.txt),
// bytes 0x80-0x9F; every other byte is the code point of the same number. Node 20's TextDecoder gives
// C1 controls for these (as Latin-1 would), so the table is applied to its output on every platform.
const HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122,
  0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** The character a Windows-1252 byte stands for. */
export function windows1252Char(byte: number): string {
  return String.fromCharCode(byte >= 0x80 && byte <= 0x9f ? (HIGH[byte - 0x80] ?? byte) : byte);
}

const C1 = /[\u0080-\u009f]/g;
const LATIN1 = /* @__PURE__ */ new TextDecoder("windows-1252");

/**
 * Windows-1252 bytes as text, right on every platform: decoded as Latin-1 (one character per
 * byte, fast), then 0x80-0x9F mapped by the WHATWG table (’ “ ” – € …).
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = LATIN1.decode(bytes);
  return latin1.replace(C1, (char) => windows1252Char(char.charCodeAt(0)));
}
