import {
  type Column,
  type Plan,
  type PlanTableRow,
  type ProgressReturn,
  planTableByTheme,
  type Theme,
} from "@cja-kit/core";
import type { FileChild } from "docx";
import { at, type Context, type Where } from "./context";
import { heading, themeHeading } from "./heading";
import { createShared, type Shared, tablesFor } from "./theme-tables";

function section(
  shared: Shared,
  theme: Theme,
  depth: number,
  inherited: Column[],
  where: Where,
  rowsOf: ReadonlyMap<string, PlanTableRow[]>,
): FileChild[] {
  const { context, look } = shared;
  const columns = theme.columns ?? inherited;
  const text = themeHeading(theme);
  // Each section heads its own table, so its rows carry no theme rows of the sections above.
  const rows = (rowsOf.get(where.path.join("/")) ?? []).map((row) => ({
    ...row,
    themes: row.themes.slice(-1),
  }));
  return [
    ...(text.length === 0 ? [] : [heading(context, look.level + depth, text, at(where, "title"))]),
    ...tablesFor(
      shared,
      rows,
      theme.localOutcomes === undefined
        ? undefined
        : { outcomes: theme.localOutcomes, where: at(where, "localOutcomes") },
    ),
    ...(theme.themes ?? []).flatMap((sub, i) =>
      section(shared, sub, text.length === 0 ? depth : depth + 1, columns, at(where, "themes", i), rowsOf),
    ),
  ];
}

/**
 * A plan's themes as sections (seed 003): each titled theme a heading, its local outcomes in an
 * "Outcome" box, its actions in a table whose header row repeats on every page.
 */
export function themeSections(
  context: Context,
  plan: Plan,
  progress: ProgressReturn | undefined,
  look: { width: number; height: number; level: number },
): FileChild[] {
  const shared = createShared(context, plan, progress, look);
  const rowsOf = planTableByTheme(plan, progress);
  return plan.themes.flatMap((theme, i) =>
    section(shared, theme, 0, plan.columns, { path: ["themes", i] }, rowsOf),
  );
}
