/** A word, a run of digits or one punctuation mark of a line, with where it stands. */
export type WordToken = {
  kind: "word" | "number" | "punct";
  text: string;
  /** The text in lower case (words), for matching. */
  lower: string;
  index: number;
  end: number;
};

type CharKind = "space" | "letter" | "digit" | "punct";

function charKind(char: string): CharKind {
  const code = char.charCodeAt(0);
  if (code >= 48 && code <= 57) return "digit";
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return "letter";
  if (code === 32 || (code >= 9 && code <= 13)) return "space";
  if (code < 128) return "punct";
  // Beyond ASCII: a regular expression, once a character.
  if (/\s/.test(char)) return "space";
  return /\p{L}/u.test(char) ? "letter" : "punct";
}

/**
 * The words, numbers and punctuation of a line in one pass, white space dropped: the ground a
 * parser with a bounded look-ahead reads in linear time, where regular expressions over the
 * whole line could backtrack.
 */
export function wordTokens(line: string): WordToken[] {
  const tokens: WordToken[] = [];
  let i = 0;
  while (i < line.length) {
    const kind = charKind(line[i] as string);
    let end = i + 1;
    if (kind === "letter" || kind === "digit" || kind === "space") {
      while (end < line.length && charKind(line[end] as string) === kind) end++;
    }
    if (kind !== "space") {
      const text = line.slice(i, end);
      const tokenKind = kind === "letter" ? "word" : kind === "digit" ? "number" : "punct";
      tokens.push({ kind: tokenKind, text, lower: text.toLowerCase(), index: i, end });
    }
    i = end;
  }
  return tokens;
}
