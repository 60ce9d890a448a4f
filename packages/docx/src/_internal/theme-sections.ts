import {
  type Column,
  type Plan,
  type PlanTableRow,
  type ProgressReturn,
  planTableByTheme,
  type Theme,
} from "@cja-kit/core";
import type { FileChild } from "docx";
import { contentParagraphs } from "./content-paragraphs";
import { at, type Context, type Where } from "./context";
import { heading, themeHeading } from "./heading";
import { createShared, type Shared, tablesFor } from "./theme-tables";

/**
 * What a kind of plan adds to its sections: a theme's heading other than its number and title
 * (an outcome improvement plan names the national outcome it serves), and what follows a theme's
 * table (its indicators).
 */
export type SectionHooks = {
  heading?: (theme: Theme) => string;
  after?: (theme: Theme, where: Where, level: number) => FileChild[];
  /** Local outcomes under the heading as its statement (an outcome improvement plan), not heading the table. */
  outcomesUnderHeading?: boolean;
};

/** A theme's local outcomes as the statement under its heading, in bold, kept with what follows. */
const outcomeStatement = (shared: Shared, theme: Theme, where: Where): FileChild[] =>
  theme.localOutcomes === undefined
    ? []
    : contentParagraphs(shared.context, theme.localOutcomes, at(where, "localOutcomes"), "body", {
        boldFirst: true,
        keepNext: true,
      });

function section(
  shared: Shared,
  theme: Theme,
  depth: number,
  inherited: Column[],
  where: Where,
  rowsOf: ReadonlyMap<string, PlanTableRow[]>,
  hooks: SectionHooks,
): FileChild[] {
  const { context, look } = shared;
  const columns = theme.columns ?? inherited;
  const text = (hooks.heading ?? themeHeading)(theme);
  // Each section heads its own table, so its rows carry no theme rows of the sections above.
  const rows = (rowsOf.get(where.path.join("/")) ?? []).map((row) => ({
    ...row,
    themes: row.themes.slice(-1),
  }));
  const lead =
    theme.localOutcomes === undefined || hooks.outcomesUnderHeading === true
      ? undefined
      : { outcomes: theme.localOutcomes, where: at(where, "localOutcomes") };
  return [
    ...(text.length === 0 ? [] : [heading(context, look.level + depth, text, at(where, "title"))]),
    ...(hooks.outcomesUnderHeading === true ? outcomeStatement(shared, theme, where) : []),
    ...tablesFor(shared, rows, lead),
    ...(hooks.after?.(theme, where, look.level + depth + 1) ?? []),
    ...(theme.themes ?? []).flatMap((sub, i) =>
      section(
        shared,
        sub,
        text.length === 0 ? depth : depth + 1,
        columns,
        at(where, "themes", i),
        rowsOf,
        hooks,
      ),
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
  hooks: SectionHooks = {},
): FileChild[] {
  const shared = createShared(context, plan, progress, look);
  const rowsOf = planTableByTheme(plan, progress);
  return plan.themes.flatMap((theme, i) =>
    section(shared, theme, 0, plan.columns, { path: ["themes", i] }, rowsOf, hooks),
  );
}
