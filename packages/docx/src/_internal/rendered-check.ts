import { Document } from "docx";
import { type InputCheck, inputIssue, kindOf } from "./input-issues";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isPart = (part: unknown) =>
  isObject(part) && typeof part.path === "string" && typeof part.data === "string";

/**
 * The check of a rendered document handed back to be packed or put in a template: what one of the
 * renderers returned (its `document` a docx `Document`, its `issues`, `body` and `parts` lists),
 * not an object of the same shape made some other way, which docx could not pack.
 */
export const renderedCheck: InputCheck = (value, path) => {
  const problem = !isObject(value)
    ? `Expected what a renderer returned, but was given ${kindOf(value)}.`
    : !(value.document instanceof Document)
      ? "Its document is not one a renderer made (a docx Document); pass what renderActionPlan or another renderer returned."
      : !Array.isArray(value.issues) || !Array.isArray(value.body)
        ? "Its issues and body must be the lists a renderer returned."
        : Array.isArray(value.parts) && value.parts.every(isPart)
          ? undefined
          : "Its parts must be a list of { path, data } text parts.";
  return problem === undefined ? [] : [inputIssue(path, problem)];
};
