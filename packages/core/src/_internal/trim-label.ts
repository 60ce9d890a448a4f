const LEADING = /* @__PURE__ */ (() => new Set([..." \t\u00a0–-=:;,/&()."]))();
const TRAILING = /* @__PURE__ */ (() => new Set([..." \t\u00a0–-=:;,/&(."]))();

/**
 * The words around a date as a label: punctuation that only joined it to the date trimmed from
 * both ends, and a leading "and". A loop, not a regular expression: a long run of dashes must not
 * cost more than one pass.
 */
export function trimLabel(text: string): string | undefined {
  let start = 0;
  let end = text.length;
  while (start < end && (LEADING.has(text[start] as string) || /\s/.test(text[start] as string))) start++;
  if (/^and\s/i.test(text.slice(start, start + 4))) {
    start += 3;
    while (start < end && /\s/.test(text[start] as string)) start++;
  }
  while (end > start && (TRAILING.has(text[end - 1] as string) || /\s/.test(text[end - 1] as string))) end--;
  return end > start ? text.slice(start, end) : undefined;
}
