import {
  type ActionAssessment,
  actionOutcomeRefs,
  assessPlan,
  mapOutcomeRef,
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

/** The rated actions that serve no outcome of the framework, even through its mappings. */
function outsideFramework(
  assessments: readonly ActionAssessment[],
  framework: OutcomeFramework,
): ActionAssessment[] {
  return assessments.filter((assessment) =>
    actionOutcomeRefs(assessment.located).every((ref) => mapOutcomeRef(ref, framework.id).length === 0),
  );
}

/**
 * The roll-ups, and the actions a roll-up by outcome left out because they serve none of the
 * framework's outcomes (no reference, or none that maps into it): a group counts only its own.
 */
export type RolledUp = { list: RollUp[]; outside: ActionAssessment[] };

/**
 * Rates every action of the plans at their returns' dates (or `at`) and rolls the ratings up by
 * the framework's outcomes, or per plan (with its themes beneath, for `theme`), by the rule and
 * coverage threshold given (core's defaults: worst of, 50%, not rated below it).
 */
export function rollUpPlans(
  plans: readonly PlanWithProgress[],
  options: { by: RollUpBy; framework?: OutcomeFramework; at?: string; rollUp: RollUpOptions },
): RolledUp {
  const assessed = assess(plans, options.at);
  if (options.by === "outcome" && options.framework !== undefined) {
    const all = assessed.flatMap((a) => a.assessments);
    return {
      list: rollUpByOutcome(all, { ...options.rollUp, framework: options.framework.id }),
      outside: outsideFramework(all, options.framework),
    };
  }
  const list = assessed.map(({ entry, assessments }) => ({
    ...rollUp(`plan:${entry.plan.id ?? entry.file}`, planLabel(entry), assessments, options.rollUp),
    ...(options.by === "theme"
      ? { children: rollUpByTheme(entry.plan.themes, assessments, options.rollUp) }
      : {}),
  }));
  return { list, outside: [] };
}
