/**
 * The placeholder delimiters used once the template's own placeholders are marked: a pair of
 * Unicode noncharacters (U+FDD0-U+FDEF) that no part of the template holds. Rendered and filled
 * text never holds one (`cleanText` removes them), so no fill can be taken for a placeholder.
 */
export function templateMarkers(parts: Iterable<string>): { start: string; end: string } | undefined {
  const texts = [...parts];
  for (let code = 0xfdd0; code < 0xfdef; code += 2) {
    const start = String.fromCharCode(code);
    const end = String.fromCharCode(code + 1);
    if (texts.every((text) => !text.includes(start) && !text.includes(end))) return { start, end };
  }
  return undefined;
}
