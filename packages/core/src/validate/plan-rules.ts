import { addMonths } from "../_internal/calendar";
import { guarded, has, isFiniteNumber, isRegistryLike } from "../_internal/guard";
import { segmentWindow } from "../_internal/segment-window";
import type { Issue } from "../issue/issue";
import { formatPence } from "../money/format-pence";
import { parseMoney } from "../money/parse-money";
import type { OutcomeRefList } from "../outcome-ref/outcome-ref";
import { planPeriodDates } from "../period/plan-period";
import type { ActionRow } from "../plan/action";
import { normaliseActionNumber } from "../plan/normalise-action-number";
import { Plan } from "../plan/plan";
import { type LocatedAction, planActions } from "../plan/plan-actions";
import type { Theme } from "../plan/theme";
import { findOutcome } from "../taxonomy/find-outcome";
import type { OutcomeRegistry } from "../taxonomy/outcome-registry";
import { parseTimescale } from "../timescale/parse-timescale";

/**
 * What plan rules may consult besides the plan. `actions` are the plan's actions, located once by
 * {@link checkPlan} for all its rules; a rule called without them locates them itself.
 *
 * @example
 * ```ts
 * const context: PlanRuleContext = { registry: builtInRegistry, periodToleranceMonths: 12 };
 * ```
 */
export type PlanRuleContext = {
  registry: OutcomeRegistry;
  periodToleranceMonths: number;
  actions?: readonly LocatedAction[];
};

/** Whether a value is a rule context: a registry and a tolerance in months. */
const isRuleContext = (value: unknown) =>
  has(value, "registry", isRegistryLike) && has(value, "periodToleranceMonths", isFiniteNumber);

const actionsOf = (plan: Plan, context: PlanRuleContext) => context.actions ?? planActions(plan);

/**
 * A named check of a plan: it returns the issues it finds, each with its path. Write your own and
 * pass them to {@link validatePlan} with the built-in {@link planRules}.
 *
 * @example
 * ```ts
 * const everyActionLed: PlanRule = (plan) =>
 *   planActions(plan).flatMap(({ action, path }) =>
 *     action.rows.some((row) => row.lead !== undefined) ? [] : [{ code: "local/no-lead", severity: "warning", message: `Action ${action.number} names no lead.`, path, actionNumber: action.number }],
 *   );
 * validatePlan(plan, { rules: [...planRules, everyActionLed] });
 * ```
 */
export type PlanRule = (plan: Plan, context: PlanRuleContext) => Issue[];

type Row = { located: LocatedAction; row: ActionRow; index: number };

/** Every row of every action; a row's path is built only for an issue (rules run over every row). */
function rows(plan: Plan, context: PlanRuleContext): Row[] {
  const found: Row[] = [];
  for (const located of actionsOf(plan, context))
    located.action.rows.forEach((row, index) => {
      found.push({ located, row, index });
    });
  return found;
}

const rowPath = ({ located, index }: Row, ...rest: Array<string | number>) => [
  ...located.path,
  "rows",
  index,
  ...rest,
];

function themes(
  list: readonly Theme[],
  path: Array<string | number> = [],
): Array<{ theme: Theme; path: Array<string | number> }> {
  return list.flatMap((theme, index) => {
    const here = [...path, "themes", index];
    return [{ theme, path: here }, ...themes(theme.themes ?? [], here)];
  });
}

const at = (issue: Omit<Issue, "path">, path: Array<string | number>, actionNumber?: string): Issue => ({
  ...issue,
  path,
  ...(actionNumber === undefined ? {} : { actionNumber }),
});

/** Each action's number is used once (compared without trailing dots).
 *
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * uniqueActionNumbers(plan, context); // [] when every number is used once
 * ```
 */
export const uniqueActionNumbers: PlanRule = (plan, context) =>
  guarded(
    "uniqueActionNumbers",
    () => [
      ["plan", Plan, plan],
      ["context", isRuleContext, context],
    ],
    () => uniqueActionNumbersOf(plan, context),
  );

const uniqueActionNumbersOf: PlanRule = (plan, context) => {
  const seen = new Map<string, string>();
  return actionsOf(plan, context).flatMap(({ action, path }) => {
    const key = normaliseActionNumber(action.number);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, action.number);
      return [];
    }
    const message = `Action number ${action.number} is already used by an earlier action (${first}); give each action its own number, or put further details of the same action as rows of it.`;
    return [
      at(
        { code: "plan/duplicate-action-number", severity: "error", message },
        [...path, "number"],
        action.number,
      ),
    ];
  });
};

function refIssues(
  list: OutcomeRefList,
  path: Array<string | number>,
  registry: OutcomeRegistry,
  actionNumber?: string,
): Issue[] {
  return list.refs.flatMap((ref, index) => {
    if (findOutcome(ref, registry) !== undefined) return [];
    const known = registry.frameworks[ref.framework] !== undefined;
    const message = known
      ? `Outcome ${ref.code} (in "${list.raw}") is not an outcome of ${ref.framework}; correct the code.`
      : `Outcome framework "${ref.framework}" (in "${list.raw}") is not registered; register it with createRegistry.`;
    const code = known ? "outcome-ref/unknown-code" : "outcome-ref/unknown-framework";
    return [at({ code, severity: "error", message }, [...path, "refs", index], actionNumber)];
  });
}

/** Every outcome reference names an outcome the registry knows.
 *
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * outcomeRefsResolve(plan, { registry: builtInRegistry, periodToleranceMonths: 12 });
 * ```
 */
export const outcomeRefsResolve: PlanRule = (plan, context) =>
  guarded(
    "outcomeRefsResolve",
    () => [
      ["plan", Plan, plan],
      ["context", isRuleContext, context],
    ],
    () => outcomeRefsResolveOf(plan, context),
  );

const outcomeRefsResolveOf: PlanRule = (plan, context) => [
  ...themes(plan.themes).flatMap(({ theme, path }) =>
    theme.outcomeRefs === undefined
      ? []
      : refIssues(theme.outcomeRefs, [...path, "outcomeRefs"], context.registry),
  ),
  ...actionsOf(plan, context).flatMap(({ action, path }) =>
    action.outcomeRefs === undefined
      ? []
      : refIssues(action.outcomeRefs, [...path, "outcomeRefs"], context.registry, action.number),
  ),
];

/** Timescale wording reads as dates; unreadable wording is kept with a warning, impossible dates are errors.
 *
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * timescalesReadable(plan, context).map((issue) => issue.code); // e.g. ["timescale/unparsed"]
 * ```
 */
export const timescalesReadable: PlanRule = (plan, context) =>
  guarded(
    "timescalesReadable",
    () => [
      ["plan", Plan, plan],
      ["context", isRuleContext, context],
    ],
    () => timescalesReadableOf(plan, context),
  );

const timescalesReadableOf: PlanRule = (plan, context) =>
  rows(plan, context).flatMap((found) => {
    const timescale = found.row.timescale;
    // Only wording stored as unread can hold an unread line or an impossible date.
    if (timescale === undefined || !timescale.segments.some((segment) => segment.when.kind === "unparsed"))
      return [];
    return parseTimescale(timescale.raw).issues.map((issue) =>
      at(issue, rowPath(found, "timescale"), found.located.action.number),
    );
  });

/** Dated milestones fall within the plan period, give or take the tolerance.
 *
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * timescalesNearPeriod(plan, { registry: builtInRegistry, periodToleranceMonths: 6 });
 * ```
 */
export const timescalesNearPeriod: PlanRule = (plan, context) =>
  guarded(
    "timescalesNearPeriod",
    () => [
      ["plan", Plan, plan],
      ["context", isRuleContext, context],
    ],
    () => timescalesNearPeriodOf(plan, context),
  );

const timescalesNearPeriodOf: PlanRule = (plan, context) => {
  const { periodToleranceMonths } = context;
  const period = plan.areaPlanPeriod ?? plan.period;
  const dates = planPeriodDates(period);
  const earliest = addMonths(dates.start, -periodToleranceMonths);
  const latest = addMonths(dates.end, periodToleranceMonths);
  const issues: Issue[] = [];
  for (const found of rows(plan, context)) {
    const segments = found.row.timescale?.segments ?? [];
    segments.forEach((segment, index) => {
      const window = segmentWindow(segment.when, period.from);
      const outside =
        (window.due !== undefined && window.due < earliest) ||
        (window.start !== undefined && window.start > latest);
      if (!outside) return;
      const message = `"${segment.text}" falls outside the plan period ${period.from} to ${period.to} (allowing ${periodToleranceMonths} months either side); check the date or the plan period.`;
      issues.push(
        at(
          { code: "timescale/outside-plan-period", severity: "warning", message },
          rowPath(found, "timescale", "segments", index),
          found.located.action.number,
        ),
      );
    });
  }
  return issues;
};

/** A stated total equals the sum of its parts; resources wording reads as amounts or a funding basis.
 *
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * resourcesAddUp(plan, context).filter((issue) => issue.code === "money/parts-do-not-sum");
 * ```
 */
export const resourcesAddUp: PlanRule = (plan, context) =>
  guarded(
    "resourcesAddUp",
    () => [
      ["plan", Plan, plan],
      ["context", isRuleContext, context],
    ],
    () => resourcesAddUpOf(plan, context),
  );

const resourcesAddUpOf: PlanRule = (plan, context) =>
  rows(plan, context).flatMap((found) => {
    const money = found.row.resources;
    if (money === undefined) return [];
    // Only money with fewer readings than lines can hold a line nothing was read in.
    const readings = money.amounts.length + money.bases.length + (money.total === undefined ? 0 : 1);
    const unreadable =
      readings >= writtenLines(money.raw)
        ? []
        : parseMoney(money.raw).issues.filter((issue) => issue.code === "money/unparsed");
    const sum = money.amounts.reduce((total, amount) => total + amount.pence, 0);
    const mismatch: Issue[] =
      money.total !== undefined && money.amounts.length > 0 && sum !== money.total.pence
        ? [
            {
              code: "money/parts-do-not-sum",
              severity: "error",
              message: `The parts (${money.amounts.map((amount) => amount.text).join(" + ")}) add up to ${formatPence(sum)}, not the stated total of ${money.total.text}; correct a part or the total.`,
              path: [],
            },
          ]
        : [];
    return [...unreadable, ...mismatch].map((issue) =>
      at(issue, rowPath(found, "resources"), found.located.action.number),
    );
  });

/** How many lines of a text hold more than white space. */
function writtenLines(text: string): number {
  let lines = 0;
  for (const line of text.split(/\r?\n|\r/)) if (line.trim().length > 0) lines++;
  return lines;
}

/** Yes/no columns hold yes or no.
 *
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * flagsReadable(plan, context);
 * ```
 */
export const flagsReadable: PlanRule = (plan, context) =>
  guarded(
    "flagsReadable",
    () => [
      ["plan", Plan, plan],
      ["context", isRuleContext, context],
    ],
    () => flagsReadableOf(plan, context),
  );

const flagsReadableOf: PlanRule = (plan, context) =>
  rows(plan, context).flatMap((found) =>
    found.row.flags === undefined
      ? []
      : Object.entries(found.row.flags).flatMap(([key, flag]) =>
          flag.value !== undefined || flag.raw.trim().length === 0
            ? []
            : [
                at(
                  {
                    code: "plan/unreadable-flag",
                    severity: "warning",
                    message: `"${flag.raw}" in the ${key} column is neither yes nor no; write YES or NO.`,
                  },
                  rowPath(found, "flags", key),
                  found.located.action.number,
                ),
              ],
        ),
  );

/** An annual plan's year lies within the area plan it belongs to.
 *
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * periodWithinAreaPlan(plan, context);
 * ```
 */
export const periodWithinAreaPlan: PlanRule = (plan, context) =>
  guarded(
    "periodWithinAreaPlan",
    () => [["plan", Plan, plan]],
    () => periodWithinAreaPlanOf(plan, context),
  );

const periodWithinAreaPlanOf: PlanRule = (plan) => {
  const area = plan.areaPlanPeriod;
  if (area === undefined || (plan.period.from >= area.from && plan.period.to <= area.to)) return [];
  const message = `The plan period ${plan.period.from} to ${plan.period.to} is not within its area plan period ${area.from} to ${area.to}; correct one of them.`;
  return [at({ code: "plan/period-outside-area-plan", severity: "warning", message }, ["period"])];
};

/**
 * The checks {@link validatePlan} runs, in order.
 *
 * @example
 * ```ts
 * planRules.map((rule) => rule.name); // ["uniqueActionNumbers", "outcomeRefsResolve", …]
 * ```
 */
export const planRules: readonly PlanRule[] = [
  uniqueActionNumbers,
  outcomeRefsResolve,
  timescalesReadable,
  timescalesNearPeriod,
  resourcesAddUp,
  flagsReadable,
  periodWithinAreaPlan,
];
