import {
  type Indicator,
  type IndicatorSet,
  normaliseActionNumber,
  type Plan,
  planActions,
  type Theme,
} from "@cja-kit/core";
import type { LocatedIndicator } from "./indicator-table";

/** Indicators of one set placed together: the set, and its indicators with where they are. */
export type PlacedIndicators = { set: IndicatorSet; items: LocatedIndicator[] };

/** Where a plan's indicators go: after a theme, or after all the themes. */
export type IndicatorPlacement = { byTheme: Map<Theme, PlacedIndicators[]>; rest: PlacedIndicators[] };

const refKey = (ref: { framework: string; code: string }) => `${ref.framework}\u0000${ref.code}`;

/** The deepest themes first, each with the outcomes it cites. */
function themesByDepth(themes: readonly Theme[], depth = 0): Array<{ theme: Theme; depth: number }> {
  return themes
    .flatMap((theme) => [{ theme, depth }, ...themesByDepth(theme.themes ?? [], depth + 1)])
    .sort((a, b) => b.depth - a.depth);
}

function themeOf(plan: Plan, indicator: Indicator): Theme | undefined {
  if (indicator.actionNumber !== undefined) {
    const number = normaliseActionNumber(indicator.actionNumber);
    const found = planActions(plan).find((a) => normaliseActionNumber(a.action.number) === number);
    if (found !== undefined) return found.themes.at(-1);
  }
  const refs = new Set((indicator.outcomeRefs?.refs ?? []).map(refKey));
  if (refs.size === 0) return undefined;
  return themesByDepth(plan.themes).find(({ theme }) =>
    (theme.outcomeRefs?.refs ?? []).some((ref) => refs.has(refKey(ref))),
  )?.theme;
}

function add(into: PlacedIndicators[], set: IndicatorSet, item: LocatedIndicator) {
  const last = into.at(-1);
  if (last?.set === set) last.items.push(item);
  else into.push({ set, items: [item] });
}

/**
 * Where each indicator of a plan's sets is printed: after the theme holding the action its
 * `actionNumber` names, else after the deepest theme citing one of its outcomes, else after all
 * the themes; each keeping its set's order.
 */
export function placeIndicators(plan: Plan, sets: readonly IndicatorSet[]): IndicatorPlacement {
  const byTheme = new Map<Theme, PlacedIndicators[]>();
  const rest: PlacedIndicators[] = [];
  sets.forEach((set, s) => {
    set.indicators.forEach((indicator, i) => {
      const item = { indicator, where: { path: ["indicators", s, "indicators", i] } };
      const theme = themeOf(plan, indicator);
      if (theme === undefined) add(rest, set, item);
      else add(byTheme.get(theme) ?? byTheme.set(theme, []).get(theme) ?? [], set, item);
    });
  });
  return { byTheme, rest };
}
