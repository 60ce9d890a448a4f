const LIMIT = 2000;

// Control characters, line and paragraph separators, and the bidirectional overrides that can
// make a terminal line read differently from what it holds.
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text safe to print on one terminal line: control characters (which could move the cursor or
 * retitle the window when a hostile file's text is echoed) shown as `\u001b`-style escapes, line
 * breaks as `\n`, and text longer than 2,000 characters cut, saying how much was left out.
 */
export function printable(text: string): string {
  const escaped = text.replace(UNPRINTABLE, (char) =>
    char === "\n" ? "\\n" : `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return escaped.length <= LIMIT
    ? escaped
    : `${escaped.slice(0, LIMIT)}… (${escaped.length - LIMIT} more characters; --format json has them all)`;
}
