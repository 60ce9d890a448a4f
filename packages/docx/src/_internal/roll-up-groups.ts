import type { OutcomeFramework, RollUp } from "@cja-kit/core";

/** A table's worth of roll-ups under a heading: a framework's group, or a roll-up's children. */
export type RollUpGroup = { title: string; rollUps: readonly RollUp[] };

/** By a framework's groups, in its order (`rollUpByOutcome` keys each roll-up `<framework>:<code>`). */
function byFramework(rollUps: readonly RollUp[], framework: OutcomeFramework): RollUpGroup[] {
  const groupOf = new Map(framework.outcomes.map((o) => [`${framework.id}:${o.code}`, o.group]));
  const grouped = framework.groups.map((group) => ({
    title: group.label,
    rollUps: rollUps.filter((r) => groupOf.get(r.key) === group.code),
  }));
  const others = rollUps.filter((r) => !groupOf.has(r.key));
  return [
    ...grouped,
    ...(others.length === 0 ? [] : [{ title: `Not in ${framework.title}`, rollUps: others }]),
  ].filter((group) => group.rollUps.length > 0);
}

/** Without a framework: each roll-up with children a group of them, the others together in one. */
function byTree(rollUps: readonly RollUp[], title: string): RollUpGroup[] {
  const parents = rollUps.filter((r) => (r.children?.length ?? 0) > 0);
  const leaves = rollUps.filter((r) => (r.children?.length ?? 0) === 0);
  return [
    ...parents.map((r) => ({ title: r.label, rollUps: r.children ?? [] })),
    ...(leaves.length === 0 ? [] : [{ title, rollUps: leaves }]),
  ];
}

/**
 * The tables of a roll-up report: one per group of the framework (outcomes of no group last),
 * else one per roll-up with children and one of the others, headed `title`.
 */
export const rollUpGroups = (
  rollUps: readonly RollUp[],
  framework: OutcomeFramework | undefined,
  title: string,
): RollUpGroup[] => (framework === undefined ? byTree(rollUps, title) : byFramework(rollUps, framework));
