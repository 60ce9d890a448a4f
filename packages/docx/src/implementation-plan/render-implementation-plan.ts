import type { Plan, ProgressReturn } from "@cja-kit/core";
import { planCheck, progressCheck } from "../_internal/document-checks";
import { optional, requireInputs } from "../_internal/input-issues";
import { renderOptionsCheck } from "../_internal/options-issues";
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
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (a plan or report the schema refuses, a cyclic one, options of the wrong type such as `fontSize: NaN` or `paperSize: "A9"`): checked before anything is rendered, its issues name each place.
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
  requireInputs("renderImplementationPlan", [
    ["plan", planCheck, plan],
    ["progress", optional(progressCheck), progress],
    ["options", renderOptionsCheck, options],
  ]);
  return planDocument(
    plan,
    options,
    (context, page, level) => themeSections(context, plan, progress, { ...page, level }),
    progress?.title,
  );
}
