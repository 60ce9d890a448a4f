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

/** Where to look an indicator's theme up: the theme of each action by number, the deepest theme citing each outcome. */
type Lookup = { byAction: Map<string, Theme>; byOutcome: Map<string, Theme> };

function lookup(plan: Plan): Lookup {
  const byAction = new Map<string, Theme>();
  for (const { action, themes } of planActions(plan)) {
    const number = normaliseActionNumber(action.number);
    const theme = themes.at(-1);
    if (!byAction.has(number) && theme !== undefined) byAction.set(number, theme);
  }
  const byOutcome = new Map<string, Theme>();
  for (const { theme } of themesByDepth(plan.themes))
    for (const ref of theme.outcomeRefs?.refs ?? [])
      if (!byOutcome.has(refKey(ref))) byOutcome.set(refKey(ref), theme);
  return { byAction, byOutcome };
}

function themeOf(found: Lookup, indicator: Indicator): Theme | undefined {
  const byAction =
    indicator.actionNumber === undefined
      ? undefined
      : found.byAction.get(normaliseActionNumber(indicator.actionNumber));
  if (byAction !== undefined) return byAction;
  for (const ref of indicator.outcomeRefs?.refs ?? []) {
    const theme = found.byOutcome.get(refKey(ref));
    if (theme !== undefined) return theme;
  }
  return undefined;
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
  const found = lookup(plan);
  sets.forEach((set, s) => {
    set.indicators.forEach((indicator, i) => {
      const item = { indicator, where: { path: ["indicators", s, "indicators", i] } };
      const theme = themeOf(found, indicator);
      if (theme === undefined) add(rest, set, item);
      else add(byTheme.get(theme) ?? byTheme.set(theme, []).get(theme) ?? [], set, item);
    });
  });
  return { byTheme, rest };
}
