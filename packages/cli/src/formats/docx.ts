import type {
  AnnualPerformanceReport,
  CommitteeReport,
  IndicatorSet,
  Issue,
  Plan,
  ProgressReturn,
  RollUp,
} from "@cja-kit/core";
import {
  fillTemplate,
  type RenderedDocx,
  type RenderOptions,
  type RollUpReportOptions,
  renderActionPlan,
  renderAnnualPerformanceReport,
  renderCommitteeReport,
  renderDeliveryPlan,
  renderImplementationPlan,
  renderIndicatorSet,
  renderOutcomeImprovementPlan,
  renderProgressReport,
  renderRollUpReport,
} from "@cja-kit/docx";
import { toBuffer } from "@cja-kit/docx/node";
import { usageError } from "../_internal/failure";

// Every call into @cja-kit/docx goes through this file.

/** The Word documents `render` prints, one per renderer of @cja-kit/docx (the roll-up report is rollup's). */
export const renderKinds = [
  "action-plan",
  "implementation-plan",
  "outcome-improvement-plan",
  "delivery-plan",
  "progress-report",
  "committee-report",
  "annual-performance-report",
  "indicator-set",
] as const;

/** One of the {@link renderKinds}. */
export type RenderKind = (typeof renderKinds)[number];

/** What a Word document is made from. */
export type RenderSource =
  | { kind: "action-plan" | "implementation-plan"; plan: Plan; progress?: ProgressReturn }
  | {
      kind: "outcome-improvement-plan";
      plan: Plan;
      progress?: ProgressReturn;
      indicators: readonly IndicatorSet[];
    }
  | { kind: "delivery-plan"; plan: Plan; progress?: ProgressReturn }
  | { kind: "progress-report"; plan: Plan; progress: ProgressReturn; at?: string }
  | { kind: "committee-report"; report: CommitteeReport; letterhead: boolean }
  | { kind: "annual-performance-report"; report: AnnualPerformanceReport }
  | { kind: "indicator-set"; indicators: IndicatorSet };

/** How every document is printed: its columns, its date (for byte-stable output), and charts of indicators. */
export type DocxOptions = Pick<RenderOptions, "columns" | "created"> & { charts?: boolean };

function renderPlan(source: Extract<RenderSource, { plan: Plan }>, options: DocxOptions): RenderedDocx {
  switch (source.kind) {
    case "action-plan":
      return renderActionPlan(source.plan, source.progress, options);
    case "implementation-plan":
      return renderImplementationPlan(source.plan, source.progress, options);
    case "outcome-improvement-plan":
      return renderOutcomeImprovementPlan(source.plan, source.progress, {
        ...options,
        indicators: source.indicators,
      });
    case "delivery-plan":
      return renderDeliveryPlan(source.plan, source.progress, options);
    case "progress-report":
      return renderProgressReport(source.plan, source.progress, {
        ...options,
        ...(source.at === undefined ? {} : { assess: { at: source.at } }),
      });
  }
}

/** Renders a Word document of the kind asked for. */
export function renderDocx(source: RenderSource, options: DocxOptions): RenderedDocx {
  switch (source.kind) {
    case "committee-report":
      return renderCommitteeReport(source.report, { ...options, letterhead: source.letterhead });
    case "annual-performance-report":
      return renderAnnualPerformanceReport(source.report, options);
    case "indicator-set":
      return renderIndicatorSet(source.indicators, options);
    default:
      return renderPlan(source, options);
  }
}

/**
 * Roll-ups as a report to a board, in the committee report's layout around them: the basis of
 * the ratings (the returns and their dates, the rule, coverage), a table per group with the
 * counts and coverage, and the reason for each rating.
 */
export function renderRollUpDocx(
  report: CommitteeReport,
  rollUps: readonly RollUp[],
  options: RollUpReportOptions,
): RenderedDocx {
  return renderRollUpReport(report, rollUps, options);
}

/** A rendered document's .docx bytes. */
export async function docxBytes(rendered: RenderedDocx): Promise<Uint8Array> {
  return new Uint8Array(await toBuffer(rendered));
}

/**
 * A rendered document poured into a council's template at its `{{placeholder}}`, with text fills
 * for the template's other placeholders. Fills the template has no place for are not reported:
 * the command offers every field it knows, and a template uses the ones it wants. A template
 * fillTemplate refuses (not a .docx, unsafe, too large) stops the command with its reason.
 */
export async function filledTemplate(
  templateFile: string,
  template: Uint8Array,
  rendered: RenderedDocx,
  fill: { placeholder: string; text: Readonly<Record<string, string>> },
): Promise<{ bytes: Uint8Array; issues: Issue[] }> {
  const refused = (reason: string) =>
    usageError("bad-template", `${templateFile}: cja-kit cannot fill this template: ${reason}`);
  const filled = await fillTemplate(template, {
    content: { [fill.placeholder]: rendered },
    text: fill.text,
  }).catch((error: unknown) => {
    throw refused(error instanceof Error ? error.message : String(error));
  });
  const offered = (issue: Issue) =>
    issue.code === "docx/template-placeholder-missing" && issue.path[0] !== fill.placeholder;
  if (!filled.ok) throw refused(filled.issues.map((issue) => issue.message).join(" "));
  return { bytes: filled.value, issues: filled.issues.filter((issue) => !offered(issue)) };
}
