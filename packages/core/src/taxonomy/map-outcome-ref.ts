import { guarded, isRegistryLike, isText } from "../_internal/guard";
import { OutcomeRef } from "../outcome-ref/outcome-ref";
import type { OutcomeMapping } from "./outcome-mapping";
import { builtInRegistry, type OutcomeRegistry } from "./outcome-registry";

type Step = (code: string) => string[];

function steps(mapping: OutcomeMapping): Array<{ from: string; to: string; step: Step }> {
  const forward: Step = (code) =>
    mapping.links.filter((link) => link.from === code).flatMap((link) => link.to);
  const backward: Step = (code) =>
    mapping.links.filter((link) => link.to.includes(code)).map((link) => link.from);
  return [
    { from: mapping.from, to: mapping.to, step: forward },
    { from: mapping.to, to: mapping.from, step: backward },
  ];
}

function unique(refs: OutcomeRef[]): OutcomeRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const key = `${ref.framework}\u0000${ref.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Maps an outcome reference into another framework through the registry's mappings, in either
 * direction and across several mappings (a local framework → `nsmo-2006` → `nab-2008`). The
 * shortest chain of mappings is used.
 *
 * @param ref - The reference to map.
 * @param toFramework - The framework wanted.
 * @param registry - Frameworks and mappings; the built-in ones by default.
 * @returns The matching references in `toFramework`: empty when the outcome was not carried over
 *   or no chain of mappings connects the frameworks.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * mapOutcomeRef({ framework: "nab-2008", code: "A3" }, "nsmo-2006"); // C3 and C4
 * mapOutcomeRef({ framework: "nsmo-2006", code: "C4" }, "nab-2008"); // [{ framework: "nab-2008", code: "A3" }]
 * mapOutcomeRef({ framework: "nsmo-2006", code: "C6" }, "nab-2008"); // []: not one of the 14
 * ```
 */
export function mapOutcomeRef(
  ref: OutcomeRef,
  toFramework: string,
  registry: OutcomeRegistry = builtInRegistry,
): OutcomeRef[] {
  return guarded(
    "mapOutcomeRef",
    () => [
      ["ref", OutcomeRef, ref],
      ["toFramework", isText, toFramework],
      ["registry", isRegistryLike, registry],
    ],
    () => mapOutcomeRefOf(ref, toFramework, registry),
  );
}

function mapOutcomeRefOf(
  ref: OutcomeRef,
  toFramework: string,
  registry: OutcomeRegistry = builtInRegistry,
): OutcomeRef[] {
  const edges = registry.mappings.flatMap(steps);
  let frontier: OutcomeRef[] = [ref];
  const visited = new Set([ref.framework]);
  while (frontier.length > 0) {
    if (frontier.some((current) => current.framework === toFramework)) {
      return unique(frontier.filter((current) => current.framework === toFramework));
    }
    const next: OutcomeRef[] = [];
    for (const edge of edges) {
      if (visited.has(edge.to)) continue;
      for (const current of frontier.filter((candidate) => candidate.framework === edge.from)) {
        next.push(...edge.step(current.code).map((code) => ({ framework: edge.to, code })));
      }
    }
    for (const current of next) visited.add(current.framework);
    frontier = unique(next);
  }
  return [];
}
