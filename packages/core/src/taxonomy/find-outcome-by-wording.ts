import { guarded, invalidArgument, isObject } from "../_internal/guard";
import { normaliseWording, wordingScore } from "../_internal/wording-score";
import { CjaKitError } from "../issue/cja-kit-error";
import type { OutcomeRef } from "../outcome-ref/outcome-ref";
import { mapOutcomeRef } from "./map-outcome-ref";
import { type Outcome, OutcomeFramework } from "./outcome-framework";
import { builtInRegistry, type OutcomeRegistry } from "./outcome-registry";

/**
 * An outcome found by its wording, with how closely the wording matched (`score`, 1 for the same
 * words) and, where the wording was another framework's outcome mapped into this one, which (`via`).
 *
 * @example
 * ```ts
 * const match: WordingMatch = { framework: "nab-2008", code: "A3", group: "A", wording: "…", score: 0.98, via: { framework: "nsmo-2006", code: "C3" } };
 * ```
 */
export type WordingMatch = Outcome & { score: number; via?: OutcomeRef };

/**
 * Options for {@link findOutcomeByWording}.
 *
 * @example
 * ```ts
 * const options: FindOutcomeByWordingOptions = { minScore: 0.9 };
 * ```
 */
export type FindOutcomeByWordingOptions = {
  /** The lowest score that counts as a match. @defaultValue 0.85 */
  minScore?: number;
  /** Frameworks and mappings for wording from another framework; `false` to search only `framework`. @defaultValue {@link builtInRegistry} */
  registry?: OutcomeRegistry | false;
};

type Scored = { outcome: Outcome; score: number };

/** The best match in a framework, if one stands clear of the rest. */
function bestIn(framework: OutcomeFramework, wanted: string, minScore: number): Scored | undefined {
  let best: Scored | undefined;
  let tied = false;
  for (const outcome of framework.outcomes) {
    const score = wordingScore(wanted, normaliseWording(outcome.wording), minScore);
    if (score < minScore || (best !== undefined && score < best.score)) continue;
    tied = best !== undefined && score === best.score;
    best = { outcome, score };
  }
  return tied ? undefined : best;
}

/** Wording of another framework's outcome, mapped into `framework` where it maps to exactly one. */
function throughMappings(
  framework: OutcomeFramework,
  wanted: string,
  minScore: number,
  registry: OutcomeRegistry,
): WordingMatch | undefined {
  for (const other of Object.values(registry.frameworks)) {
    if (other.id === framework.id) continue;
    const found = bestIn(other, wanted, minScore);
    if (found === undefined) continue;
    const via = { framework: other.id, code: found.outcome.code };
    const mapped = mapOutcomeRef(via, framework.id, registry);
    const outcome = framework.outcomes.find((candidate) => candidate.code === mapped[0]?.code);
    if (mapped.length === 1 && outcome !== undefined) return { ...outcome, score: found.score, via };
  }
  return undefined;
}

/**
 * The outcome of a framework whose wording matches the text: how a document that quotes outcomes
 * without codes links to them. Tolerant of numbering and codes in front ("1. More people …",
 * "Outcome 3:"), case, punctuation, `&` for "and" and small typos (scored by edit distance); wording
 * of another framework's outcome is found through the registry's mappings where it maps to exactly
 * one outcome. Never a guess: no match under `minScore`, and none where two outcomes score the same.
 *
 * @param framework - The framework to search.
 * @param wording - The wording as written.
 * @param options - The lowest score that counts, and the registry for other frameworks.
 * @returns The outcome with its score (and `via` when found through a mapping), or `undefined`.
 * @throws CjaKitError `usage/invalid-argument` when `framework` is not a framework or `wording` is not a string.
 * @example
 * ```ts
 * findOutcomeByWording(nsmo2006, "Improved literacy skills.")?.code; // "O4"
 * findOutcomeByWording(cjpf2023, "1. More people successfully complete diversion from prosecutoin")?.score; // 0.98…
 * ```
 */
export function findOutcomeByWording(
  framework: OutcomeFramework,
  wording: string,
  options: FindOutcomeByWordingOptions = {},
): WordingMatch | undefined {
  if (typeof wording !== "string") throw usage("the wording as a string", wording);
  return guarded(
    "findOutcomeByWording",
    () => [
      ["framework", OutcomeFramework, framework],
      ["options", isObject, options],
    ],
    () => bestMatch(framework, wording, options),
  );
}

function bestMatch(
  framework: OutcomeFramework,
  wording: string,
  options: FindOutcomeByWordingOptions,
): WordingMatch | undefined {
  const minScore = options.minScore ?? 0.85;
  const wanted = normaliseWording(wording);
  if (wanted.length === 0) return undefined;
  const found = bestIn(framework, wanted, minScore);
  if (found !== undefined) return { ...found.outcome, score: found.score };
  const registry = options.registry ?? builtInRegistry;
  return registry === false ? undefined : throughMappings(framework, wanted, minScore, registry);
}

function usage(expected: string, value: unknown): CjaKitError {
  const issue = invalidArgument("findOutcomeByWording", expected, value);
  return new CjaKitError(issue.code, issue.message, [issue]);
}
