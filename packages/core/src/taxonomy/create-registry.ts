import { atPath, checkedFrom } from "../_internal/checked";
import { guarded, isObject, isRegistryLike } from "../_internal/guard";
import { schemaIssues } from "../_internal/schema-issues";
import type { Checked, Issue } from "../issue/issue";
import { defineFramework } from "./define-framework";
import type { OutcomeFramework } from "./outcome-framework";
import { OutcomeMapping } from "./outcome-mapping";
import { builtInRegistry, type OutcomeRegistry } from "./outcome-registry";

function checkFrameworks(inputs: readonly unknown[], base: OutcomeRegistry) {
  const frameworks: Record<string, OutcomeFramework> = { ...base.frameworks };
  const issues: Issue[] = [];
  inputs.forEach((input, index) => {
    const checked = defineFramework(input);
    issues.push(...atPath(["frameworks", index], checked.issues));
    if (!checked.ok) return;
    if (frameworks[checked.value.id] !== undefined) {
      issues.push({
        code: "taxonomy/duplicate-framework",
        severity: "error",
        message: `A framework with id "${checked.value.id}" is already registered; choose another id.`,
        path: ["frameworks", index, "id"],
      });
      return;
    }
    frameworks[checked.value.id] = checked.value;
  });
  return { frameworks, issues };
}

function linkIssues(
  mapping: OutcomeMapping,
  frameworks: Record<string, OutcomeFramework>,
  index: number,
): Issue[] {
  const ends = [
    { side: "from" as const, framework: frameworks[mapping.from] },
    { side: "to" as const, framework: frameworks[mapping.to] },
  ];
  const missing = ends.filter((end) => end.framework === undefined);
  if (missing.length > 0) {
    return missing.map((end) => ({
      code: "taxonomy/unknown-framework",
      severity: "error",
      message: `Mapping ${mapping.id} names framework "${mapping[end.side]}", which is not registered; register it first.`,
      path: ["mappings", index, end.side],
    }));
  }
  const has = (framework: OutcomeFramework | undefined, code: string) =>
    framework?.outcomes.some((outcome) => outcome.code === code) === true;
  return mapping.links.flatMap((link, linkIndex) =>
    [
      ...(has(ends[0]?.framework, link.from) ? [] : [{ side: mapping.from, code: link.from, at: ["from"] }]),
      ...link.to.flatMap((code, toIndex) =>
        has(ends[1]?.framework, code) ? [] : [{ side: mapping.to, code, at: ["to", toIndex] }],
      ),
    ].map((miss) => ({
      code: "taxonomy/unknown-code",
      severity: "error" as const,
      message: `Mapping ${mapping.id} links outcome ${miss.code}, which ${miss.side} does not define.`,
      path: ["mappings", index, "links", linkIndex, ...miss.at],
    })),
  );
}

/**
 * A registry of frameworks and mappings: the built-in ones plus a partnership's own (a local
 * framework and how it maps onto a national one). Every framework and mapping is checked.
 *
 * @param additions - Frameworks and mappings to add.
 * @param base - The registry to extend; the built-in one by default.
 * @returns The new registry (the base is not changed), or every issue found.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * const registry = createRegistry({
 *   frameworks: [localFramework],
 *   mappings: [{ id: "local-to-nsmo", from: "lanarkshire-local", to: "nsmo-2006", source: "By wording", links: [{ from: "L1", to: ["C1"] }] }],
 * });
 * if (registry.ok) mapOutcomeRef({ framework: "lanarkshire-local", code: "L1" }, "nab-2008", registry.value); // A1
 * ```
 */
export function createRegistry(
  additions: { frameworks?: readonly unknown[]; mappings?: readonly unknown[] },
  base: OutcomeRegistry = builtInRegistry,
): Checked<OutcomeRegistry> {
  return guarded(
    "createRegistry",
    () => [
      ["additions", isObject, additions],
      ["base", isRegistryLike, base],
    ],
    () => createRegistryOf(additions, base),
  );
}

function createRegistryOf(
  additions: { frameworks?: readonly unknown[]; mappings?: readonly unknown[] },
  base: OutcomeRegistry = builtInRegistry,
): Checked<OutcomeRegistry> {
  const { frameworks, issues } = checkFrameworks(additions.frameworks ?? [], base);
  const mappings: OutcomeMapping[] = [...base.mappings];
  (additions.mappings ?? []).forEach((input, index) => {
    const parsed = OutcomeMapping.safeParse(input);
    if (!parsed.success) {
      issues.push(...schemaIssues(parsed.error, ["mappings", index]));
      return;
    }
    const found = linkIssues(parsed.data, frameworks, index);
    issues.push(...found);
    if (found.length === 0) mappings.push(parsed.data);
  });
  return checkedFrom({ frameworks, mappings }, issues);
}
