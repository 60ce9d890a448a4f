/** Text with the given characters (and white space) trimmed from both ends, in one pass: no regular expression that could backtrack over a long run. */
export function trimChars(text: string, chars: string): string {
  const set = new Set([...chars]);
  const strip = (char: string | undefined) => char !== undefined && (set.has(char) || /\s/.test(char));
  let start = 0;
  let end = text.length;
  while (start < end && strip(text[start])) start++;
  while (end > start && strip(text[end - 1])) end--;
  return text.slice(start, end);
}
