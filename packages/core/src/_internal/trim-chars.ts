const strips = (char: string | undefined, chars: string) =>
  char !== undefined && (chars.includes(char) || /\s/.test(char));

/** Text with the given characters (and white space) trimmed from both ends, in one pass: no regular expression that could backtrack over a long run. */
export function trimChars(text: string, chars: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && strips(text[start], chars)) start++;
  while (end > start && strips(text[end - 1], chars)) end--;
  return text.slice(start, end);
}
