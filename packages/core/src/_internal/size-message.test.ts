import { describe, expect, it } from "vitest";
import * as z from "zod";
import { sizeMessage } from "./size-message";

function firstIssue(schema: z.ZodType, value: unknown) {
  const issue = schema.safeParse(value).error?.issues[0];
  if (issue?.code !== "too_small" && issue?.code !== "too_big") throw new Error("expected a size issue");
  return issue;
}

describe("sizeMessage", () => {
  it.each([
    [z.string().min(1), "", "Empty: expected at least one character."],
    [z.array(z.string()).min(1), [], "Empty: expected at least one item."],
    [z.string().max(1), "ab", "Too long: expected at most 1 character."],
    [z.string().max(10_000), "x".repeat(10_001), "Too long: expected at most 10,000 characters."],
    [z.array(z.number()).min(3), [1], "Too short: expected at least 3 items."],
  ])("says a length limit in words", (schema, value, message) => {
    expect(sizeMessage(firstIssue(schema, value))).toBe(message);
  });

  it("leaves limits on numbers to zod's wording", () => {
    expect(sizeMessage(firstIssue(z.number().min(1), 0))).toBeUndefined();
  });
});
