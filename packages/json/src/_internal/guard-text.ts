import { closingQuote } from "./closing-quote";
import type { DraftIssue } from "./draft-issue";
import type { Limits } from "./limits";

/**
 * Checks nesting depth and string length in the text, in one pass with no recursion, so a hostile
 * document (10,000 nested arrays, a 5 MB string) is refused with its offset and never reaches
 * jsonc-parser, which recurses. Run when JSON.parse fails (some engines' JSON.parse recurses too)
 * or the parsed value passes a limit. Syntax is left to the parser.
 */
export function guardText(
  text: string,
  limits: Pick<Limits, "maxDepth" | "maxStringLength">,
): DraftIssue | undefined {
  let depth = 0;
  for (let offset = 0; offset < text.length; offset++) {
    const char = text.charCodeAt(offset);
    if (char === 34) {
      const closing = closingQuote(text, offset);
      const end = closing === -1 ? text.length : closing;
      if (end - offset - 1 > limits.maxStringLength) return tooLong(offset, limits.maxStringLength);
      offset = end;
    } else if (char === 123 || char === 91) {
      depth++;
      if (depth > limits.maxDepth) return tooDeep(offset, limits.maxDepth);
    } else if (char === 125 || char === 93) depth--;
  }
  return undefined;
}

function tooDeep(offset: number, maxDepth: number): DraftIssue {
  return {
    code: "json/too-deep",
    severity: "error",
    message: `The JSON nests deeper than ${maxDepth} levels (maxDepth); cja-kit documents nest far less. Raise maxDepth if the document is genuine.`,
    path: [],
    offset,
  };
}

function tooLong(offset: number, maxLength: number): DraftIssue {
  return {
    code: "json/string-too-long",
    severity: "error",
    message: `A string is longer than ${maxLength.toLocaleString("en-GB")} characters (maxStringLength); raise maxStringLength if the document is genuine.`,
    path: [],
    offset,
  };
}
