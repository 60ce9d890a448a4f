import { describe, expect, it } from "vitest";
import { byteDecoder } from "./decode-bytes";

const bytes = (...parts: Array<string | number[]>) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

function decode(input: Uint8Array, wanted: "auto" | "utf-8" | "windows-1252" = "auto", size = input.length) {
  const decoder = byteDecoder(wanted);
  let text = "";
  for (let at = 0; at < input.length; at += size) text += decoder.push(input.subarray(at, at + size));
  text += decoder.end();
  return { text, issues: decoder.issues().map((i) => [i.code, i.row]) };
}

describe("byteDecoder", () => {
  it("reads UTF-8, dropping a byte order mark, whatever the chunks", () => {
    const input = bytes([0xef, 0xbb, 0xbf], "Café £5 – “x”\n");
    for (const size of [1, 2, 3, 100])
      expect(decode(input, "auto", size)).toEqual({ text: "Café £5 – “x”\n", issues: [] });
  });

  it("reads a Windows-1252 file as such, with a note", () => {
    expect(decode(Uint8Array.from([0x61, 0x92, 0x73, 0x0a, 0xa3, 0x35]))).toEqual({
      text: "a’s\n£5",
      issues: [["csv/encoding-windows-1252", undefined]],
    });
  });

  it("reads a stray byte in a UTF-8 file as Windows-1252, naming its line", () => {
    const input = bytes("é\n\r\nline", [0x92], "s\n");
    for (const size of [1, 4, 100])
      expect(decode(input, "auto", size)).toEqual({
        text: "é\n\r\nline’s\n",
        issues: [["csv/encoding-mixed", 3]],
      });
  });

  it("with UTF-8 forced, puts U+FFFD for a bad byte and says where", () => {
    expect(decode(bytes("ok\nbad", [0xff], "\n"), "utf-8")).toEqual({
      text: "ok\nbad\uFFFD\n",
      issues: [["csv/encoding-replaced", 2]],
    });
  });

  it("reads UTF-16 with a byte order mark", () => {
    const le = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x19, 0x20]);
    expect(decode(le, "auto", 1)).toEqual({ text: "A’", issues: [["csv/encoding-utf-16", undefined]] });
  });

  it("takes text chunks as they are, in their place among bytes", () => {
    const decoder = byteDecoder("auto");
    const text = [
      decoder.push(bytes("a,")),
      decoder.push("b\n"),
      decoder.push(bytes([0xc3])),
      decoder.push("x"),
      decoder.end(),
    ].join("");
    expect(text).toBe("a,b\nÃx");
  });
});
