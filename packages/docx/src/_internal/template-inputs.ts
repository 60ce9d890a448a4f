import type { Issue } from "@cja-kit/core";
import { inputIssue, kindOf, type PathSegment } from "./input-issues";
import { renderedCheck } from "./rendered-check";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isBytes = (value: unknown) => value instanceof Uint8Array || value instanceof ArrayBuffer;
const isBlob = (value: unknown) => typeof Blob !== "undefined" && value instanceof Blob;
const isLimit = (value: unknown) => typeof value === "number" && Number.isSafeInteger(value) && value > 0;

/** The issues of a record of fills (`content`, `text`, `images`): an object, each entry checked. */
function recordIssues(
  value: unknown,
  path: readonly PathSegment[],
  entry: (item: unknown, at: readonly PathSegment[]) => Issue[],
): Issue[] {
  if (value === undefined) return [];
  if (!isObject(value))
    return [
      inputIssue(
        path,
        `${path.join(".")} must be an object by placeholder name, but was given ${kindOf(value)}.`,
      ),
    ];
  return Object.entries(value).flatMap(([key, item]) => entry(item, [...path, key]));
}

const textIssues = (item: unknown, at: readonly PathSegment[]) =>
  typeof item === "string"
    ? []
    : [inputIssue(at, `The text for a placeholder must be a string, but was given ${kindOf(item)}.`)];
const imageIssues = (item: unknown, at: readonly PathSegment[]) =>
  isObject(item) && isBytes(item.data)
    ? []
    : [
        inputIssue(
          at,
          "An image must be { data, type, width, height, altText } with its bytes as a Uint8Array or ArrayBuffer.",
        ),
      ];

/**
 * What is wrong with `fillTemplate`'s arguments, as `usage/invalid-argument` issues: a template
 * that is not bytes or a Blob, a fill that is not `{ content, text, images }` of the right kinds
 * (content must be what a renderer returned), options that are not `{ properties, limits }`.
 */
export function templateInputIssues(template: unknown, fill: unknown, options: unknown): Issue[] {
  const issues: Issue[] = [];
  if (!isBytes(template) && !isBlob(template))
    issues.push(
      inputIssue(
        ["template"],
        `The template must be the .docx file's bytes (a Uint8Array, ArrayBuffer or Blob), but was given ${kindOf(template)}.`,
      ),
    );
  if (!isObject(fill))
    issues.push(
      inputIssue(
        ["fill"],
        `The fill must be an object { content, text, images }, but was given ${kindOf(fill)}.`,
      ),
    );
  else
    issues.push(
      ...recordIssues(fill.content, ["fill", "content"], renderedCheck),
      ...recordIssues(fill.text, ["fill", "text"], textIssues),
      ...recordIssues(fill.images, ["fill", "images"], imageIssues),
    );
  if (options === undefined) return issues;
  if (!isObject(options))
    return [
      ...issues,
      inputIssue(["options"], `The options must be an object, but were given ${kindOf(options)}.`),
    ];
  issues.push(...recordIssues(options.properties, ["options", "properties"], textIssues));
  return [
    ...issues,
    ...recordIssues(options.limits, ["options", "limits"], (item, at) =>
      isLimit(item)
        ? []
        : [inputIssue(at, `A limit must be a whole number above 0, but was given ${kindOf(item)}.`)],
    ),
  ];
}
