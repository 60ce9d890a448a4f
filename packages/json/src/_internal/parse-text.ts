import { getLocation, type Node, type ParseError, parseTree, printParseErrorCode } from "./deps/jsonc-parser";
import type { DraftIssue } from "./draft-issue";
import { type PathSegment, shorten } from "./json-path";

/** Keys that reach an object's prototype when code copies them by assignment. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

const REASONS: Record<string, string> = {
  PropertyNameExpected: "expected a key in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: 'expected ":" after the key',
  CommaExpected: 'expected "," or the end of the object or list',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: "expected the end of the document",
  InvalidCommentToken: "comments are not allowed in JSON",
  InvalidNumberFormat: "not a number as JSON writes numbers",
  UnexpectedEndOfString: "the text ends inside a string",
  UnexpectedEndOfComment: "the text ends inside a comment",
  UnexpectedEndOfNumber: "the text ends inside a number",
  InvalidUnicode: "not a valid \\u escape",
  InvalidEscapeCharacter: "not a valid escape in a string",
  InvalidCharacter: "a control character must be escaped inside a string",
  InvalidSymbol: "not JSON",
};

function found(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  return code === undefined ? "end of input" : JSON.stringify(String.fromCodePoint(code));
}

function syntaxIssue(text: string, error: ParseError): DraftIssue {
  const reason = REASONS[printParseErrorCode(error.error)] ?? "not JSON";
  // Where the text was before the unexpected character: the value or key the error follows.
  const path = getLocation(text, Math.max(0, error.offset - 1)).path.filter(
    (segment, i, all) => segment !== "" || i < all.length - 1,
  );
  return {
    code: "json/syntax-error",
    severity: "error",
    message: `Unexpected ${found(text, error.offset)}: ${reason}.`,
    path,
    offset: error.offset,
  };
}

function keyIssues(node: Node, path: PathSegment[], issues: DraftIssue[]): void {
  const children = node.children ?? [];
  const seen = new Set<string>();
  children.forEach((child, index) => {
    if (node.type === "array") {
      keyIssues(child, [...path, index], issues);
      return;
    }
    const [keyNode, value] = child.children ?? [];
    const key = typeof keyNode?.value === "string" ? keyNode.value : "";
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push({
        code: "json/forbidden-key",
        severity: "error",
        message: `The key "${key}" is not allowed in a cja-kit document: it could change the prototype of objects built from it. Remove it.`,
        path: [...path, key],
        offset: child.offset,
      });
    } else if (seen.has(key)) {
      issues.push({
        code: "json/duplicate-key",
        severity: "warning",
        message: `The key "${shorten(key)}" appears twice in the same object; the last value is kept. Remove one of them.`,
        path: [...path, key],
        offset: child.offset,
      });
    }
    seen.add(key);
    if (value !== undefined) keyIssues(value, [...path, key], issues);
  });
}

function withoutForbidden(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutForbidden);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !FORBIDDEN_KEYS.has(key))
      .map(([key, inner]) => [key, withoutForbidden(inner)]),
  );
}

function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * Parses JSON text strictly (no comments, no trailing commas) with jsonc-parser for positions and
 * JSON.parse for the value: the first syntax error, forbidden and duplicate keys, each with its
 * offset; forbidden keys are left out of the value. The text must have passed `guardText`.
 */
export function parseText(text: string): { value?: unknown; issues: DraftIssue[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, STRICT);
  const [first] = errors;
  if (first !== undefined) return { issues: [syntaxIssue(text, first)] };
  if (tree === undefined)
    return {
      issues: [
        {
          code: "json/syntax-error",
          severity: "error",
          message: "The text holds no JSON value.",
          path: [],
          offset: 0,
        },
      ],
    };
  const issues: DraftIssue[] = [];
  keyIssues(tree, [], issues);
  const value = parseValue(text);
  if (value instanceof Error)
    return {
      issues: [
        { code: "json/syntax-error", severity: "error", message: `${value.message}.`, path: [], offset: 0 },
      ],
    };
  return {
    value: issues.some((issue) => issue.code === "json/forbidden-key") ? withoutForbidden(value) : value,
    issues,
  };
}
