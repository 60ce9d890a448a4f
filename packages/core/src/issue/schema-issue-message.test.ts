import { describe, expect, it } from "vitest";
import { extractPlan } from "../../test/extract";
import { Plan } from "../plan/plan";
import { validatePlan } from "../validate/validate-plan";
import { CjaKitError } from "./cja-kit-error";
import { schemaIssueMessage } from "./schema-issue-message";

const firstIssue = (value: unknown) => {
  const issue = Plan.safeParse(value).error?.issues[0];
  if (issue === undefined) throw new Error("expected the plan to fail its schema");
  return issue;
};

describe("schemaIssueMessage", () => {
  it("says an empty title as core's validators do, where zod writes >=1 characters", () => {
    const plan = { ...extractPlan, title: "" };
    expect(schemaIssueMessage(firstIssue(plan))).toBe("Empty: expected at least one character.");
    expect(validatePlan(plan).issues.map((issue) => issue.message)).toContain(
      "Empty: expected at least one character.",
    );
  });

  it("says a missing value plainly", () => {
    expect(schemaIssueMessage(firstIssue({ ...extractPlan, themes: undefined }))).toBe(
      "Missing: expected array.",
    );
  });

  it("keeps zod's wording for other faults, ending in a full stop", () => {
    expect(schemaIssueMessage(firstIssue({ ...extractPlan, title: 7 }))).toBe(
      "Invalid input: expected string, received number.",
    );
  });

  it("refuses what is not a zod issue", () => {
    for (const value of [undefined, null, {}, "too_small", { code: "too_small" }])
      expect(() => schemaIssueMessage(value as never)).toThrow(CjaKitError);
  });
});
