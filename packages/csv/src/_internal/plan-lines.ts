import {
  type Plan,
  type PlanTableRow,
  type ProgressReturn,
  planTableByTheme,
  type Theme,
} from "@cja-kit/core";

/** A line of a plan CSV: a table row, or a theme with no rows of its own to carry it. */
export type PlanLine = { themes: Theme[]; table?: PlanTableRow };

function walk(
  themes: readonly Theme[],
  above: Theme[],
  where: ReadonlyArray<string | number>,
  rowsOf: ReadonlyMap<string, PlanTableRow[]>,
  headings: boolean,
): PlanLine[] {
  return themes.flatMap((theme, index) => {
    const chain = [...above, theme];
    const here = [...where, "themes", index];
    const rows = (rowsOf.get(here.join("/")) ?? []).map((table) => ({ themes: chain, table }));
    const children = walk(theme.themes ?? [], chain, here, rowsOf, headings);
    const alone = rows.length === 0 && children.length === 0;
    return [...(headings || alone ? [{ themes: chain }] : []), ...rows, ...children];
  });
}

/**
 * The lines of a plan CSV in document order. With `headings`, every theme gets a line of its own
 * before its rows (document layout); otherwise only a theme with no rows at all does (canonical).
 */
export function planLines(plan: Plan, progress: ProgressReturn | undefined, headings: boolean): PlanLine[] {
  return walk(plan.themes, [], [], planTableByTheme(plan, progress), headings);
}

/** How many levels of themes a plan has. */
export function themeDepth(themes: readonly Theme[] | undefined): number {
  return Math.max(0, ...(themes ?? []).map((theme) => 1 + themeDepth(theme.themes)));
}
