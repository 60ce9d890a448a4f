import type { DraftIssue } from "./draft-issue";
import type { Limits } from "./limits";

/**
 * Checks nesting depth and string length before anything parses the text, in one pass with no
 * recursion, so a hostile document (10,000 nested arrays, a 5 MB string) is refused cheaply and
 * never reaches a recursive parser. Syntax is left to the parser.
 */
export function guardText(
  text: string,
  limits: Pick<Limits, "maxDepth" | "maxStringLength">,
): DraftIssue | undefined {
  let depth = 0;
  let stringStart = -1;
  for (let offset = 0; offset < text.length; offset++) {
    const char = text.charCodeAt(offset);
    if (stringStart >= 0) {
      if (char === 92) offset++;
      else if (char === 34) stringStart = -1;
      else if (offset - stringStart > limits.maxStringLength)
        return tooLong(stringStart, limits.maxStringLength);
    } else if (char === 34) stringStart = offset;
    else if (char === 123 || char === 91) {
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
    message: `A string is longer than ${maxLength} characters (maxStringLength).`,
    path: [],
    offset,
  };
}
