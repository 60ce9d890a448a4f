import type { Plan, ProgressReturn } from "@cja-kit/core";
import type { FileChild } from "docx";
import type { Context } from "../_internal/context";
import { planCheck, progressCheck } from "../_internal/document-checks";
import { heading } from "../_internal/heading";
import { createFigures, type Figures, withFigures } from "../_internal/indicator-chart";
import { type PlacedIndicators, placeIndicators } from "../_internal/indicator-placement";
import { indicatorSection } from "../_internal/indicator-section";
import { optional, requireInputs } from "../_internal/input-issues";
import { renderOptionsCheck } from "../_internal/options-issues";
import { outcomeHeading } from "../_internal/outcome-heading";
import { planDocument } from "../_internal/plan-document";
import { rowRoom } from "../_internal/row-room";
import { themeSections } from "../_internal/theme-sections";
import type { OutcomeImprovementPlanOptions } from "../options/outcome-improvement-plan-options";
import type { RenderedDocx } from "../rendered-docx";

type IndicatorsLook = { width: number; height: number; figures: Figures; charts: boolean };

function indicatorBlocks(
  context: Context,
  placed: readonly PlacedIndicators[],
  level: number,
  look: IndicatorsLook,
): FileChild[] {
  return placed.flatMap(({ set, items }) => [
    heading(context, level, set.title, { path: [...(items[0]?.where.path.slice(0, 2) ?? []), "title"] }),
    ...indicatorSection(context, items, {
      width: look.width,
      rowRoom: rowRoom(look.height),
      figures: look.figures,
      charts: look.charts,
    }),
  ]);
}

/**
 * Renders a community justice outcome improvement plan (or its action plan), as partnerships
 * published them from 2017 (West Dunbartonshire's Community Justice Implementation Action Plan
 * 2017-18): the cover, any contents, glossary and chapters, then each theme a heading with the
 * national outcome it serves as the plan cites it ("National Community Justice Strategy Section
 * 4") above its own words, each local outcome heading its table of actions ("Outcome", then the
 * plan's columns: Action, Action Due Date, Managed By), and after each theme its performance
 * reporting indicators (Indicator, Indicator Type, Reporting Measure, figures by year with the
 * trend in words, charts of series with three or more figures). Progress columns come from a
 * return, when one is given.
 *
 * @param plan - The plan (kind `outcome-improvement-plan`, or any plan laid out so).
 * @param progress - A return on the plan, for its progress columns.
 * @param options - The common options, `charts`, and the plan's `indicators`; see {@link OutcomeImprovementPlanOptions}.
 * @returns The document and the issues met.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (a plan or report the schema refuses, a cyclic one, options of the wrong type such as `fontSize: NaN` or `paperSize: "A9"`): checked before anything is rendered, its issues name each place.
 * @example
 * ```ts
 * const rendered = renderOutcomeImprovementPlan(westDunbartonshireActionPlan2017_18, undefined, {
 *   indicators: [westDunbartonshireIndicators2017_18],
 * });
 * const blob = await toBlob(rendered);
 * ```
 */
export function renderOutcomeImprovementPlan(
  plan: Plan,
  progress?: ProgressReturn,
  options: OutcomeImprovementPlanOptions = {},
): RenderedDocx {
  requireInputs("renderOutcomeImprovementPlan", [
    ["plan", planCheck, plan],
    ["progress", optional(progressCheck), progress],
    ["options", renderOptionsCheck, options],
  ]);
  const placement = placeIndicators(plan, options.indicators ?? []);
  const figures = createFigures();
  const charts = options.charts ?? true;
  const rendered = planDocument(plan, options, (context, page, level) => {
    const look = { ...page, figures, charts };
    return [
      ...themeSections(
        context,
        plan,
        progress,
        { ...page, level },
        {
          heading: outcomeHeading,
          outcomesUnderHeading: true,
          after: (theme, _where, below) =>
            indicatorBlocks(context, placement.byTheme.get(theme) ?? [], below, look),
        },
      ),
      ...indicatorBlocks(context, placement.rest, level, look),
    ];
  });
  return withFigures(rendered, figures);
}
