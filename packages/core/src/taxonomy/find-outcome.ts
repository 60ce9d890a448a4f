import { guarded, isRegistryLike } from "../_internal/guard";
import { OutcomeRef } from "../outcome-ref/outcome-ref";
import type { Outcome } from "./outcome-framework";
import { builtInRegistry, type OutcomeRegistry } from "./outcome-registry";

/**
 * The outcome a reference names, if the registry knows it.
 *
 * @param ref - Framework id and code.
 * @param registry - Where to look; the built-in frameworks by default.
 * @returns The outcome with its wording, or `undefined`.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * findOutcome({ framework: "nab-2008", code: "B3" })?.wording; // "Reduced or stabilised substance misuse"
 * findOutcome({ framework: "nab-2008", code: "C5" }); // undefined: the system group ends at C4
 * ```
 */
export function findOutcome(
  ref: OutcomeRef,
  registry: OutcomeRegistry = builtInRegistry,
): Outcome | undefined {
  return guarded(
    "findOutcome",
    () => [
      ["ref", OutcomeRef, ref],
      ["registry", isRegistryLike, registry],
    ],
    () => findOutcomeOf(ref, registry),
  );
}

function findOutcomeOf(ref: OutcomeRef, registry: OutcomeRegistry = builtInRegistry): Outcome | undefined {
  return registry.frameworks[ref.framework]?.outcomes.find((outcome) => outcome.code === ref.code);
}
