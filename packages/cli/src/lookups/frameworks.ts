import {
  builtInRegistry,
  findOutcomeByWording,
  mapOutcomeRef,
  type Outcome,
  type OutcomeFramework,
  type OutcomeMapping,
  type OutcomeRef,
} from "@cja-kit/core";
import { usageError } from "../_internal/failure";

// Every look-up of frameworks, outcomes and mappings goes through this file, over core's built-in
// registry, so that new frameworks in core reach the command with no change here.

/**
 * How a mapping between two frameworks was made: `published` (a publication's table) or
 * `by-wording` (matched by the outcomes' wording; no publication gives it).
 */
export type MappingBasis = "published" | "by-wording";

/** A framework as `cja-kit frameworks` lists it, with the frameworks it maps to directly and how. */
export type FrameworkSummary = {
  id: string;
  title: string;
  source: string;
  outcomes: number;
  groups: Array<{ code: string; label: string }>;
  mapsTo: Array<{ framework: string; basis: MappingBasis }>;
};

/** The frameworks cja-kit knows, in the registry's order. */
export function frameworks(): OutcomeFramework[] {
  return Object.values(builtInRegistry.frameworks);
}

const basisOf = (mapping: OutcomeMapping): MappingBasis =>
  mapping.basis === "published" ? "published" : "by-wording";

function mapsTo(id: string): FrameworkSummary["mapsTo"] {
  return builtInRegistry.mappings.flatMap((m) => {
    const other = m.from === id ? m.to : m.to === id ? m.from : undefined;
    return other === undefined ? [] : [{ framework: other, basis: basisOf(m) }];
  });
}

/** How the registry's mappings reach a framework from another: the frameworks passed through, and how they were made. */
export type MappingRoute = { framework: string; via: string[]; basis: MappingBasis };

// Breadth first over the frameworks, as core's mapOutcomeRef searches: the shortest chain of
// mappings to each framework, published only when every mapping on it is.
function routesFrom(id: string): MappingRoute[] {
  const routes = new Map<string, MappingRoute>([[id, { framework: id, via: [], basis: "published" }]]);
  let frontier = [id];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const from of frontier)
      for (const { framework, basis } of mapsTo(from)) {
        if (routes.has(framework)) continue;
        const before = routes.get(from);
        const via = before === undefined || from === id ? [] : [...before.via, from];
        const worst = before?.basis === "by-wording" || basis === "by-wording" ? "by-wording" : "published";
        routes.set(framework, { framework, via, basis: worst });
        next.push(framework);
      }
    frontier = next;
  }
  routes.delete(id);
  return [...routes.values()];
}

/** A framework's summary: its size, groups and the frameworks its mappings reach. */
export function frameworkSummary(framework: OutcomeFramework): FrameworkSummary {
  return {
    id: framework.id,
    title: framework.title,
    source: framework.source,
    outcomes: framework.outcomes.length,
    groups: framework.groups.map(({ code, label }) => ({ code, label })),
    mapsTo: mapsTo(framework.id),
  };
}

/** The framework `--framework` names, by id, ignoring case. */
export function findFramework(id: string): OutcomeFramework {
  const found = frameworks().find((framework) => framework.id === id.trim().toLowerCase());
  if (found === undefined)
    throw usageError(
      "unknown-framework",
      `"${id}" is not a framework cja-kit knows: give one of ${frameworks()
        .map((f) => f.id)
        .join(", ")} (cja-kit frameworks lists them).`,
    );
  return found;
}

/**
 * An outcome found by a look-up, with the outcomes the registry's mappings carry it to, and for
 * each framework reached, the route and how its mappings were made.
 */
export type OutcomeMatch = { outcome: Outcome; mappedTo: OutcomeRef[]; routes: MappingRoute[] };

function withMappings(outcome: Outcome): OutcomeMatch {
  const ref = { framework: outcome.framework, code: outcome.code };
  const mappedTo = frameworks()
    .filter((f) => f.id !== outcome.framework)
    .flatMap((f) => mapOutcomeRef(ref, f.id));
  const reached = new Set(mappedTo.map((to) => to.framework));
  return { outcome, mappedTo, routes: routesFrom(outcome.framework).filter((r) => reached.has(r.framework)) };
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/&/g, " and ")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);

function byCode(query: string, within: readonly OutcomeFramework[]): Outcome[] {
  const qualified = /^([a-z0-9-]+):(.+)$/i.exec(query.trim());
  const scope = qualified === null ? within : within.filter((f) => f.id === qualified[1]?.toLowerCase());
  const code = (qualified?.[2] ?? query).trim().toUpperCase();
  return scope.flatMap((f) => f.outcomes.filter((outcome) => outcome.code.toUpperCase() === code));
}

function byWording(query: string, within: readonly OutcomeFramework[]): Outcome[] {
  const exact = within.flatMap((f) => findOutcomeByWording(f, query) ?? []);
  if (exact.length > 0) return exact;
  const wanted = words(query);
  return within.flatMap((f) =>
    f.outcomes.filter((outcome) => {
      const has = new Set(words(outcome.wording));
      return wanted.length > 0 && wanted.every((word) => has.has(word));
    }),
  );
}

/**
 * The outcomes a code (`B3`, `nab-2008:B3`, `9`) or wording ("reduced or stabilised substance
 * misuse", or some of its words) names, in every framework or in one; each with the outcomes it
 * maps to. A code is sought first: `C1` names an outcome in several frameworks, and all are given.
 */
export function findOutcomes(query: string, framework?: OutcomeFramework): OutcomeMatch[] {
  const within = framework === undefined ? frameworks() : [framework];
  const coded = byCode(query, within);
  return (coded.length > 0 ? coded : byWording(query, within)).map(withMappings);
}
