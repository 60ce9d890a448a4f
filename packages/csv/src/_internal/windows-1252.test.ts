import { describe, expect, it } from "vitest";
import { decodeWindows1252, windows1252Char } from "./windows-1252";

// The 27 bytes of 0x80-0x9F that Windows-1252 maps (WHATWG index-windows-1252.txt); the other five
// (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as their C1 code points.
const MAPPED: ReadonlyArray<[number, string]> = [
  [0x80, "€"],
  [0x82, "‚"],
  [0x83, "ƒ"],
  [0x84, "„"],
  [0x85, "…"],
  [0x86, "†"],
  [0x87, "‡"],
  [0x88, "ˆ"],
  [0x89, "‰"],
  [0x8a, "Š"],
  [0x8b, "‹"],
  [0x8c, "Œ"],
  [0x8e, "Ž"],
  [0x91, "‘"],
  [0x92, "’"],
  [0x93, "“"],
  [0x94, "”"],
  [0x95, "•"],
  [0x96, "–"],
  [0x97, "—"],
  [0x98, "˜"],
  [0x99, "™"],
  [0x9a, "š"],
  [0x9b, "›"],
  [0x9c, "œ"],
  [0x9e, "ž"],
  [0x9f, "Ÿ"],
];

describe("decodeWindows1252", () => {
  it("maps all 27 code points of 0x80-0x9F, whatever the Node version", () => {
    expect(MAPPED).toHaveLength(27);
    for (const [byte, char] of MAPPED) {
      expect(windows1252Char(byte)).toBe(char);
      expect(decodeWindows1252(Uint8Array.of(0x41, byte, 0x42))).toBe(`A${char}B`);
    }
  });

  it("keeps the five unmapped bytes as their own code points, and Latin-1 above 0x9F", () => {
    for (const byte of [0x81, 0x8d, 0x8f, 0x90, 0x9d])
      expect(decodeWindows1252(Uint8Array.of(byte))).toBe(String.fromCharCode(byte));
    expect(decodeWindows1252(Uint8Array.of(0xa3, 0xe9, 0xff))).toBe("£éÿ");
  });

  it("reads the council’s plan as written (’ is byte 0x92)", () => {
    const bytes = Uint8Array.from(
      [..."the council\x92s plan \x96 \x93draft\x94"].map((c) => c.charCodeAt(0)),
    );
    expect(decodeWindows1252(bytes)).toBe("the council’s plan – “draft”");
  });
});
