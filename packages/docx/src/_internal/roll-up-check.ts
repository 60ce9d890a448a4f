import { findCycle, type Issue } from "@cja-kit/core";
import { type InputCheck, inputIssue, kindOf, type PathSegment } from "./input-issues";

const RAGS: readonly unknown[] = ["red", "amber", "green", "not-rated"];
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown) => typeof value === "string";
const isCount = (value: unknown) => typeof value === "number" && Number.isFinite(value) && value >= 0;

/** What a roll-up must hold for the report to print it, field by field. */
const FIELDS: ReadonlyArray<readonly [string, string, (value: unknown) => boolean]> = [
  ["key", "text", isText],
  ["label", "text", isText],
  ["total", "a count", isCount],
  ["rated", "a count", isCount],
  ["coverage", "a share from 0 to 1", (v) => isCount(v) && (v as number) <= 1],
  ["rag", "red, amber, green or not-rated", (v) => RAGS.includes(v)],
  ["rule", "text", isText],
  ["because", "text", isText],
  ["counts", "{ status, rag } counts", (v) => isObject(v) && isObject(v.status) && isObject(v.rag)],
  ["sources", "a list", Array.isArray],
  ["drivers", "a list", (v) => Array.isArray(v) && v.every(isObject)],
  ["children", "a list of roll-ups", (v) => v === undefined || Array.isArray(v)],
];

function rollUpIssues(value: unknown, path: readonly PathSegment[]): Issue[] {
  if (!isObject(value))
    return [
      inputIssue(path, `Expected a roll-up (what rollUpByOutcome returns), but was given ${kindOf(value)}.`),
    ];
  const own = FIELDS.flatMap(([key, expected, test]) =>
    test(value[key])
      ? []
      : [inputIssue([...path, key], `${key} must be ${expected}, but was given ${kindOf(value[key])}.`)],
  );
  const children = Array.isArray(value.children) ? value.children : [];
  return [...own, ...children.flatMap((child, index) => rollUpIssues(child, [...path, "children", index]))];
}

/**
 * The check of the roll-ups a report prints: a list of what `rollUp`, `rollUpByOutcome` or
 * `rollUpByTheme` return, each with the fields the report reads, and none inside itself.
 */
export const rollUpsCheck: InputCheck = (value, path) => {
  if (!Array.isArray(value))
    return [inputIssue(path, `Expected a list of roll-ups, but was given ${kindOf(value)}.`)];
  const cycle = findCycle(value);
  if (cycle !== undefined)
    return [
      inputIssue(
        [...path, ...cycle],
        "The value contains itself here (it is cyclic), so it cannot be rendered.",
      ),
    ];
  try {
    return value.flatMap((rollUp, index) => rollUpIssues(rollUp, [...path, index]));
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return [inputIssue(path, "The roll-ups are nested too deeply to render.")];
  }
};
