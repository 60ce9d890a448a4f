import { type Plan, planActions } from "@cja-kit/core";
import { lanarkshireImplementationPlan2008_09, lothianBordersActionPlan2010_11 } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { renderActionPlan } from "./action-plan/render-action-plan";
import { renderImplementationPlan } from "./implementation-plan/render-implementation-plan";

/** The plan with a bell character (which Word cannot hold) in a field of its last action. */
function withBellInLastAction(
  plan: Plan,
  field: "title" | "aim",
): { plan: Plan; path: Array<string | number> } {
  const copy = structuredClone(plan);
  const last = planActions(copy).at(-1);
  if (last === undefined) throw new Error("the seed has actions");
  last.action[field] = [{ kind: "paragraph", text: "Before\u0007after" }];
  return { plan: copy, path: last.path };
}

describe("issues from rendering", () => {
  it.each([
    ["an action plan (seed 002)", lothianBordersActionPlan2010_11, renderActionPlan, "title"],
    [
      "an implementation plan (seed 003)",
      lanarkshireImplementationPlan2008_09,
      renderImplementationPlan,
      "aim",
    ],
  ] as const)("name the action's own path in %s, in a later theme", (_, seed, render, field) => {
    const { plan, path } = withBellInLastAction(seed, field);
    expect(path[1]).toBeGreaterThan(0);
    const issues = render(plan).issues.filter((issue) => issue.code === "docx/control-character-removed");
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path.slice(0, path.length)).toEqual(path);
  });
});
