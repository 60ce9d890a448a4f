import type { Plan, ProgressReturn } from "@cja-kit/core";
import { planDocument } from "../_internal/plan-document";
import { themeSections } from "../_internal/theme-sections";
import type { RenderOptions } from "../options/render-options";
import type { RenderedDocx } from "../rendered-docx";

/**
 * Renders an implementation plan with its progress (seed 003): each section a heading, each
 * theme's local outcomes in a box labelled "Outcome", its actions in a table (Action Number, Aim,
 * Objective, Milestones, When, Lead, Progress, as the plan's columns say) whose header row repeats
 * on every page, progress per council with the council's name in bold, and the appendices (e.g.
 * the National Strategy's 23 outcomes in three columns).
 *
 * @param plan - The plan.
 * @param progress - The return whose progress fills the Progress column.
 * @param options - Page, font, colours, columns, properties; see {@link RenderOptions}.
 * @returns The document and the issues met.
 * @example
 * ```ts
 * const rendered = renderImplementationPlan(lanarkshireImplementationPlan2008_09, lanarkshireProgress2008_09Q2);
 * const blob = await toBlob(rendered);
 * ```
 */
export function renderImplementationPlan(
  plan: Plan,
  progress?: ProgressReturn,
  options: RenderOptions = {},
): RenderedDocx {
  return planDocument(
    plan,
    options,
    (context, page, level) => themeSections(context, plan, progress, { ...page, level }),
    progress?.title,
  );
}
