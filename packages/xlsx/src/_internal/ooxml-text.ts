// Text in SpreadsheetML: XML escaping, and the `_xHHHH_` escape OOXML uses for characters XML
// 1.0 cannot hold (ECMA-376 Part 1, 22.9.2.19 ST_Xstring). A literal `_xHHHH_` in text is written
// with its underscore escaped (`_x005F_`), as Excel does.

const XML_SPECIAL: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Text with nothing to escape: most cells, written as they are. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: text with any of them is escaped.
const PLAIN = /^[^&<>"_\u0000-\u001f\uD800-\uDFFF\uFFFE\uFFFF]*$/;

const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, "0");

/**
 * Text for an element or attribute: `&`, `<`, `>` and `"` escaped; CR, characters XML 1.0
 * cannot hold and lone surrogates as `_xHHHH_`; a literal `_xHHHH_` kept by escaping its underscore.
 */
export function escapeCellText(text: string): string {
  if (PLAIN.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters escaped.
      /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      (c) => `_x${hex4(c.charCodeAt(0))}_`,
    )
    .replace(/[&<>"]/g, (c) => XML_SPECIAL[c] ?? c);
}

/** Escapes text for XML only (names, properties): `&`, `<`, `>` and `"`. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => XML_SPECIAL[c] ?? c);
}

/** Undoes the `_xHHHH_` escape in cell text read from a workbook. */
export function unescapeCellText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, code: string) =>
    String.fromCharCode(Number.parseInt(code, 16)),
  );
}
