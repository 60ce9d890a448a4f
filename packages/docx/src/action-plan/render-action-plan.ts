import type { Plan, ProgressReturn } from "@cja-kit/core";
import { planCheck, progressCheck } from "../_internal/document-checks";
import { optional, requireInputs } from "../_internal/input-issues";
import { renderOptionsCheck } from "../_internal/options-issues";
import { planDocument } from "../_internal/plan-document";
import { themeTables } from "../_internal/theme-tables";
import type { RenderOptions } from "../options/render-options";
import type { RenderedDocx } from "../rendered-docx";

/**
 * Renders an action plan (seed 002): cover, contents, glossary table and narrative chapters in
 * portrait, outcome lists filled from the framework's wording, then the action table by theme in
 * landscape with the plan's (or each theme's) own column labels, a header row repeated on every
 * page, theme headings as full-width rows, key-measure numbers and outcome references in bold.
 * The progress columns (`progress`, `nextSteps`) come from the return, when one is given.
 *
 * @param plan - The plan.
 * @param progress - A return on the plan, for its progress columns.
 * @param options - Page, font, colours, columns, properties; see {@link RenderOptions}.
 * @returns The document and the issues met (e.g. control characters removed).
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (a plan or report the schema refuses, a cyclic one, options of the wrong type such as `fontSize: NaN` or `paperSize: "A9"`): checked before anything is rendered, its issues name each place.
 * @example
 * ```ts
 * const rendered = renderActionPlan(lothianBordersActionPlan2010_11, lothianBordersProgressYear2, {
 *   created: "2010-04-01T00:00:00Z",
 * });
 * const blob = await toBlob(rendered);
 * ```
 */
export function renderActionPlan(
  plan: Plan,
  progress?: ProgressReturn,
  options: RenderOptions = {},
): RenderedDocx {
  requireInputs("renderActionPlan", [
    ["plan", planCheck, plan],
    ["progress", optional(progressCheck), progress],
    ["options", renderOptionsCheck, options],
  ]);
  return planDocument(plan, options, (context, page, level) =>
    themeTables(context, plan, progress, { ...page, level }),
  );
}
