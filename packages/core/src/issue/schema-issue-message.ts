import type * as z from "zod";
import { usageError } from "../_internal/guard";
import { schemaMessage } from "../_internal/schema-issues";

const isZodIssue = (value: unknown): value is z.core.$ZodIssue =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { code?: unknown }).code === "string" &&
  typeof (value as { message?: unknown }).message === "string";

/**
 * A zod issue from one of core's schemas (`Plan.safeParse(value).error.issues`), said as core's
 * validators say it: a missing value is "Missing: expected string.", a length limit is in words
 * ("Empty: expected at least one character.", "Too long: expected at most 10,000 characters.",
 * where zod writes ">=1 characters"), and any other message is zod's, ending in a full stop. An
 * adapter that checks values against core's schemas uses it so that its issues read as
 * `validatePlan`'s do.
 *
 * @param issue - One issue of a `ZodError`.
 * @returns The message for a cja-kit `Issue` (its `path` says where, so the message does not).
 * @throws CjaKitError `usage/invalid-argument` when `issue` is not an object with a string `code`
 *   and `message`.
 * @example
 * ```ts
 * const parsed = Plan.safeParse({ ...plan, title: "" });
 * if (!parsed.success) schemaIssueMessage(parsed.error.issues[0]); // "Empty: expected at least one character."
 * ```
 */
export function schemaIssueMessage(issue: z.core.$ZodIssue): string {
  if (!isZodIssue(issue))
    throw usageError("schemaIssueMessage", "a zod issue (with a code and a message)", issue);
  return schemaMessage(issue);
}
