import {
  assessPlan,
  canonicalStatuses,
  type Plan,
  type ProgressReturn,
  type RollUp,
  rags,
  rollUp,
  rollUpByTheme,
} from "@cja-kit/core";

const STATUS_SHORT: Record<string, string> = {
  "not-started": "not started",
  "on-track": "on track",
  "at-risk": "at risk",
  overdue: "overdue",
  complete: "complete",
  ongoing: "ongoing",
  "no-longer-required": "n/r",
  unknown: "unknown",
};

function line(rollUp: RollUp, indent: string): string {
  const statuses = canonicalStatuses
    .filter((s) => rollUp.counts.status[s] > 0)
    .map((s) => `${rollUp.counts.status[s]} ${STATUS_SHORT[s]}`);
  const ratings = rags.filter((r) => rollUp.counts.rag[r] > 0).map((r) => `${rollUp.counts.rag[r]} ${r}`);
  return `${indent}${rollUp.label.slice(0, 60).padEnd(60 - indent.length + indent.length)}  ${rollUp.rag.toUpperCase().padEnd(9)} ${statuses.join(", ")} | ${ratings.join(", ")}`;
}

function lines(rollUps: readonly RollUp[], indent: string): string[] {
  return rollUps.flatMap((r) => [line(r, indent), ...lines(r.children ?? [], `${indent}  `)]);
}

/** A plan's status summary: counts per canonical status and per rating, for the plan and per theme. */
export function statusSummary(plan: Plan, progress: ProgressReturn): string {
  const assessments = assessPlan(plan, progress);
  const whole = rollUp("plan", plan.title ?? progress.title ?? "Plan", assessments);
  return [
    line(whole, ""),
    `  ${whole.because}`,
    ...lines(rollUpByTheme(plan.themes, assessments), "  "),
  ].join("\n");
}
