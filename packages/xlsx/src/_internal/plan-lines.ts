import {
  type Plan,
  type PlanTableRow,
  type ProgressReturn,
  planTableByTheme,
  type Theme,
} from "@cja-kit/core";

/** A line of the plan sheet: a table row under its themes, or a theme with no rows at all to carry it. */
export type PlanLine = { themes: Theme[]; table?: PlanTableRow };

function walk(
  themes: readonly Theme[],
  above: Theme[],
  where: ReadonlyArray<string | number>,
  rowsOf: ReadonlyMap<string, PlanTableRow[]>,
): PlanLine[] {
  return themes.flatMap((theme, index) => {
    const chain = [...above, theme];
    const here = [...where, "themes", index];
    const rows = (rowsOf.get(here.join("/")) ?? []).map((table) => ({ themes: chain, table }));
    const children = walk(theme.themes ?? [], chain, here, rowsOf);
    return [...(rows.length === 0 && children.length === 0 ? [{ themes: chain }] : []), ...rows, ...children];
  });
}

/** The lines of the plan sheet in document order: every row of every action, with its themes. */
export function planLines(plan: Plan, progress: ProgressReturn | undefined): PlanLine[] {
  return walk(plan.themes, [], [], planTableByTheme(plan, progress));
}

/** How many levels of themes a plan has. */
export function themeDepth(themes: readonly Theme[] | undefined): number {
  return Math.max(0, ...(themes ?? []).map((theme) => 1 + themeDepth(theme.themes)));
}
