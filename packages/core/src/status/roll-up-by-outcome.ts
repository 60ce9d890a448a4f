import { guarded, has, isArrayOfObjects, isText } from "../_internal/guard";
import { CjaKitError } from "../issue/cja-kit-error";
import type { OutcomeRef } from "../outcome-ref/outcome-ref";
import { mapOutcomeRef } from "../taxonomy/map-outcome-ref";
import { builtInRegistry, type OutcomeRegistry } from "../taxonomy/outcome-registry";
import { actionOutcomeRefs } from "./action-outcome-refs";
import type { ActionAssessment } from "./assess-plan";
import { type RollUp, type RollUpOptions, rollUp } from "./roll-up";

/**
 * Options for {@link rollUpByOutcome}.
 *
 * @example
 * ```ts
 * const options: RollUpByOutcomeOptions = { framework: "nab-2008", rule: { kind: "share", red: 0.25, amber: 0.5 }, minCoverage: 0.5 };
 * ```
 */
export type RollUpByOutcomeOptions = Omit<RollUpOptions, "namePlans"> & {
  /** The framework to roll up by, e.g. `nab-2008`. */
  framework: string;
  /** Frameworks and mappings. @defaultValue {@link builtInRegistry} */
  registry?: OutcomeRegistry;
  /** Extra links for actions whose outcomes are not written as codes (e.g. matched by wording). */
  linksOf?: (assessment: ActionAssessment) => OutcomeRef[];
};

function targets(refs: OutcomeRef[], framework: string, registry: OutcomeRegistry): Set<string> {
  return new Set(refs.flatMap((ref) => mapOutcomeRef(ref, framework, registry)).map((ref) => ref.code));
}

/**
 * Rolls assessments, from one plan or several, up by the outcomes of a framework. Each action
 * counts under every outcome it serves, its references mapped into the framework through the
 * registry's mappings (Lanarkshire's National Strategy codes reach the 14 national outcomes
 * through the `nab-2008` → `nsmo-2006` mapping, read backwards).
 *
 * @param assessments - Assessments from {@link assessPlan}, of any number of plans.
 * @param options - The framework, registry, roll-up rule and extra links.
 * @returns One roll-up per outcome of the framework, in framework order; an outcome no action
 *   serves has total 0 and is not rated.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @throws CjaKitError `status/unknown-framework` when `options.framework` names no framework of the registry.
 * @example
 * ```ts
 * rollUpByOutcome([...assessPlan(lb, lbProgress), ...assessPlan(lan, lanProgress)], { framework: "nab-2008" })
 *   .map((o) => `${o.key}: ${o.rag} — ${o.because}`);
 * ```
 */
export function rollUpByOutcome(
  assessments: readonly ActionAssessment[],
  options: RollUpByOutcomeOptions,
): RollUp[] {
  return guarded(
    "rollUpByOutcome",
    () => [
      ["assessments", isArrayOfObjects, assessments],
      ["options", (value) => has(value, "framework", isText), options],
    ],
    () => rollUpByOutcomeOf(assessments, options),
  );
}

function rollUpByOutcomeOf(
  assessments: readonly ActionAssessment[],
  options: RollUpByOutcomeOptions,
): RollUp[] {
  const registry = options.registry ?? builtInRegistry;
  const framework = registry.frameworks[options.framework];
  if (framework === undefined)
    throw new CjaKitError(
      "status/unknown-framework",
      `rollUpByOutcome: framework "${options.framework}" is not in the registry; register it or use one of its frameworks.`,
    );
  const served = assessments.map((a) => ({
    assessment: a,
    codes: targets(
      [...actionOutcomeRefs(a.located), ...(options.linksOf?.(a) ?? [])],
      framework.id,
      registry,
    ),
  }));
  // Across sources, every action is named with its source, whichever sources an outcome's actions are from.
  const namePlans = new Set(assessments.map((a) => a.source.title)).size > 1;
  const { framework: _framework, registry: _registry, linksOf: _linksOf, ...rollUpOptions } = options;
  return framework.outcomes.map((outcome) =>
    rollUp(
      `${framework.id}:${outcome.code}`,
      `${outcome.code} ${outcome.wording}`,
      served.filter((s) => s.codes.has(outcome.code)).map((s) => s.assessment),
      { ...rollUpOptions, namePlans },
    ),
  );
}
