import { guarded, isText, optional } from "../_internal/guard";
import { type Outcome, OutcomeFramework } from "./outcome-framework";

/**
 * A framework's outcomes in the printed order of one of its editions (all of them, in stored
 * order, when no edition is named).
 *
 * @param framework - The framework.
 * @param editionId - An edition's id, e.g. `2011`.
 * @returns The outcomes of that edition, in its order; empty if the edition is unknown.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * frameworkOutcomes(sgNationalOutcomes2007, "2011").map((o) => o.code).slice(-2); // ["16", "15"]
 * ```
 */
export function frameworkOutcomes(framework: OutcomeFramework, editionId?: string): Outcome[] {
  return guarded(
    "frameworkOutcomes",
    () => [
      ["framework", OutcomeFramework, framework],
      ["editionId", optional(isText), editionId],
    ],
    () => frameworkOutcomesOf(framework, editionId),
  );
}

function frameworkOutcomesOf(framework: OutcomeFramework, editionId?: string): Outcome[] {
  if (editionId === undefined) return [...framework.outcomes];
  const edition = framework.editions?.find((candidate) => candidate.id === editionId);
  const byCode = new Map(framework.outcomes.map((outcome) => [outcome.code, outcome]));
  return (edition?.codes ?? []).flatMap((code) => byCode.get(code) ?? []);
}
