import {
  type ActionAssessment,
  assessPlan,
  type OutcomeFramework,
  type RollUp,
  type RollUpOptions,
  rollUp,
  rollUpByOutcome,
  rollUpByTheme,
} from "@cja-kit/core";
import { usageError } from "./failure";
import type { PlanWithProgress } from "./pair-returns";

/** What a roll-up groups by. */
export type RollUpBy = "outcome" | "theme" | "plan";

type Assessed = { entry: PlanWithProgress; assessments: ActionAssessment[] };

function assess(plans: readonly PlanWithProgress[], at: string | undefined): Assessed[] {
  return plans.map((entry) => {
    if (entry.progress === undefined && at === undefined)
      throw usageError(
        "no-reporting-date",
        `${entry.file}: the plan has no progress return, so there is no date to rate it at: give its return, or --at YYYY-MM-DD.`,
      );
    return { entry, assessments: assessPlan(entry.plan, entry.progress, at === undefined ? {} : { at }) };
  });
}

function planLabel(entry: PlanWithProgress): string {
  return `${entry.plan.title ?? entry.file} (${entry.plan.authority.name})`;
}

/**
 * Rates every action of the plans at their returns' dates (or `at`) and rolls the ratings up by
 * the framework's outcomes, or per plan (with its themes beneath, for `theme`), by the rule and
 * coverage threshold given (core's defaults: worst of, 50%, not rated below it).
 */
export function rollUpPlans(
  plans: readonly PlanWithProgress[],
  options: { by: RollUpBy; framework?: OutcomeFramework; at?: string; rollUp: RollUpOptions },
): RollUp[] {
  const assessed = assess(plans, options.at);
  if (options.by === "outcome" && options.framework !== undefined)
    return rollUpByOutcome(
      assessed.flatMap((a) => a.assessments),
      { ...options.rollUp, framework: options.framework.id },
    );
  return assessed.map(({ entry, assessments }) => ({
    ...rollUp(`plan:${entry.plan.id ?? entry.file}`, planLabel(entry), assessments, options.rollUp),
    ...(options.by === "theme"
      ? { children: rollUpByTheme(entry.plan.themes, assessments, options.rollUp) }
      : {}),
  }));
}
