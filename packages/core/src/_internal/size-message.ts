import type * as z from "zod";

const UNITS: Record<string, string> = { string: "character", array: "item", set: "item" };

/**
 * A length limit said in words ("Empty: expected at least one character."), where zod's own
 * message reads ">=1 characters"; undefined for limits on numbers and dates, whose wording stands.
 */
export function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string | undefined {
  const unit = UNITS[issue.origin];
  if (unit === undefined) return undefined;
  const small = issue.code === "too_small";
  const limit = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  if (small && limit === 1 && inclusive) return `Empty: expected at least one ${unit}.`;
  const bound = small ? (inclusive ? "at least" : "more than") : inclusive ? "at most" : "fewer than";
  const count = `${limit.toLocaleString("en-GB")} ${unit}${limit === 1 ? "" : "s"}`;
  return `Too ${small ? "short" : "long"}: expected ${bound} ${count}.`;
}
