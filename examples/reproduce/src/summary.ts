import {
  assessPlan,
  canonicalStatuses,
  canonicalStatusLabels,
  type Plan,
  type ProgressReturn,
  type RollUp,
  ragLabels,
  rags,
  rollUp,
  rollUpByTheme,
} from "@cja-kit/core";

function line(rollUp: RollUp, indent: string): string {
  const statuses = canonicalStatuses
    .filter((s) => rollUp.counts.status[s] > 0)
    .map((s) => `${rollUp.counts.status[s]} ${canonicalStatusLabels[s].toLowerCase()}`);
  const ratings = rags
    .filter((r) => rollUp.counts.rag[r] > 0)
    .map((r) => `${rollUp.counts.rag[r]} ${ragLabels[r].toLowerCase()}`);
  const coverage = `${rollUp.rated}/${rollUp.total} rated`;
  return `${indent}${rollUp.label.slice(0, 60).padEnd(60)}  ${ragLabels[rollUp.rag].padEnd(9)} ${coverage.padEnd(12)} ${statuses.join(", ")} | ${ratings.join(", ")}`;
}

function lines(rollUps: readonly RollUp[], indent: string): string[] {
  return rollUps.flatMap((r) => [line(r, indent), ...lines(r.children ?? [], `${indent}  `)]);
}

/**
 * A plan's status summary: counts per status and per rating and how many actions were rated, for
 * the plan and per theme, with the checks (reported status against the dates) a report would list.
 */
export function statusSummary(plan: Plan, progress: ProgressReturn): string {
  const assessments = assessPlan(plan, progress);
  const whole = rollUp("plan", plan.title ?? progress.title ?? "Plan", assessments);
  const checks = assessments.flatMap((a) => a.checks.map((c) => `  Check ${a.actionNumber}: ${c.because}`));
  return [
    line(whole, ""),
    `  ${whole.because}`,
    ...checks,
    ...lines(rollUpByTheme(plan.themes, assessments), "  "),
  ].join("\n");
}
