import {
  type ActionAssessment,
  assessPlan,
  type Plan,
  type PlanTableRow,
  type ProgressReturn,
  reportingPeriodDates,
  rollUp,
} from "@cja-kit/core";
import { Paragraph } from "docx";
import { assemble, contentHeight, contentWidth } from "../_internal/assemble";
import { checkList } from "../_internal/check-list";
import { createContext } from "../_internal/context";
import { planCheck, progressCheck } from "../_internal/document-checks";
import { cover } from "../_internal/front-matter";
import { heading } from "../_internal/heading";
import { requireInputs } from "../_internal/input-issues";
import { renderOptionsCheck } from "../_internal/options-issues";
import { resolveOptions } from "../_internal/resolve-options";
import { summaryTables } from "../_internal/summary";
import { summarySentence, summaryUnit } from "../_internal/summary-sentence";
import { textRuns } from "../_internal/text-runs";
import { themeTables } from "../_internal/theme-tables";
import type { ProgressReportOptions } from "../options/render-options";
import type { RenderedDocx } from "../rendered-docx";

const key = (actionNumber: string, row: number | undefined) => `${actionNumber}#${row ?? ""}`;

function assessmentLookup(assessments: readonly ActionAssessment[]) {
  const byKey = new Map(assessments.map((a) => [key(a.actionNumber, a.row), a]));
  return (row: PlanTableRow): ActionAssessment | undefined =>
    row.entry !== undefined
      ? byKey.get(key(row.action.number, row.entry.row))
      : row.rowIndex === 0
        ? byKey.get(key(row.action.number, undefined))
        : undefined;
}

/**
 * Renders a quarterly progress report (seed 001): a summary at the top in words for members
 * ("At 30 September 2010: 4 actions, all reported.") with the counts per status that occurs and
 * per rating in plain labels ("On track", "Not stated", "Amber"); a "Please check" list of the
 * checks `assessPlan` raises (a reported status the plan's dates disagree with, a return's own
 * rating its wording does not carry), in core's words; then the plan's rows grouped by its top
 * themes (e.g. national outcomes, their wording as headings) in the plan's columns, the progress
 * cell shaded by the rating `assessPlan` gives, the rating printed in words (so colour is never
 * the only signal) with its reason, and each check marked "Please check:" in the cell too. A
 * rating is never changed to hide a check.
 *
 * @param plan - The plan reported on.
 * @param progress - The return.
 * @param options - The common options, plus `assess` (reporting date, rules) and `ragReasons`.
 * @returns The document and the issues met.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (a plan or report the schema refuses, a cyclic one, options of the wrong type such as `fontSize: NaN` or `paperSize: "A9"`): checked before anything is rendered, its issues name each place.
 * @example
 * ```ts
 * const rendered = renderProgressReport(lanarkshireActionPlan2010_11, lanarkshireProgress2010_11Q2, {
 *   ragReasons: true,
 * });
 * const blob = await toBlob(rendered);
 * ```
 */
export function renderProgressReport(
  plan: Plan,
  progress: ProgressReturn,
  options: ProgressReportOptions = {},
): RenderedDocx {
  requireInputs("renderProgressReport", [
    ["plan", planCheck, plan],
    ["progress", progressCheck, progress],
    ["options", renderOptionsCheck, options],
  ]);
  const context = createContext(resolveOptions(options));
  const width = contentWidth(context.options, "landscape");
  const at = options.assess?.at ?? progress.reportedOn ?? reportingPeriodDates(progress.period).end;
  const assessments = assessPlan(plan, progress, { ...options.assess, at });
  const summary = rollUp("plan", plan.title ?? progress.title ?? "Plan", assessments);
  const title = plan.title ?? progress.title;
  const subtitle = plan.title === undefined ? undefined : progress.title;
  const children = [
    ...cover(context, plan, title, subtitle),
    heading(context, 1, "Summary", { path: ["summary"] }),
    new Paragraph({
      children: textRuns(context, summarySentence(assessments, at), { path: ["summary"] }),
    }),
    ...summaryTables(context, summary, width, summaryUnit(assessments)),
    ...checkList(context, assessments, 2),
    ...themeTables(context, plan, progress, {
      width,
      height: contentHeight(context.options, "landscape"),
      level: 1,
      assessmentOf: assessmentLookup(assessments),
      ragReasons: options.ragReasons ?? true,
    }),
  ];
  const docTitle = [plan.title, progress.title].filter((t) => t !== undefined).join(": ");
  return assemble(context, [{ orientation: "landscape", children, firstPage: "untitled" }], {
    title: docTitle.length > 0 ? docTitle : `${plan.authority.name} progress report`,
    author: progress.authority.name,
  });
}
