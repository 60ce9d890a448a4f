import type { CommitteeReport, Issue, Plan, ProgressReturn } from "@cja-kit/core";
import {
  fillTemplate,
  type RenderedDocx,
  type RenderOptions,
  renderActionPlan,
  renderCommitteeReport,
  renderImplementationPlan,
  renderProgressReport,
} from "@cja-kit/docx";
import { toBuffer } from "@cja-kit/docx/node";
import { usageError } from "../_internal/failure";

// Every call into @cja-kit/docx goes through this file.

/** The Word documents the command prints. */
export type RenderKind = "action-plan" | "implementation-plan" | "progress-report" | "committee-report";

/** The render kinds, for help and checking. */
export const renderKinds: readonly RenderKind[] = [
  "action-plan",
  "implementation-plan",
  "progress-report",
  "committee-report",
];

/** What a Word document is made from: a plan (with a return for its progress) or a committee report. */
export type RenderSource =
  | { kind: "action-plan" | "implementation-plan"; plan: Plan; progress?: ProgressReturn }
  | { kind: "progress-report"; plan: Plan; progress: ProgressReturn; at?: string }
  | { kind: "committee-report"; report: CommitteeReport; letterhead: boolean };

/** How every document is printed: its columns, and its date (for byte-stable output). */
export type DocxOptions = Pick<RenderOptions, "columns" | "created">;

/** Renders a Word document of the kind asked for. */
export function renderDocx(source: RenderSource, options: DocxOptions): RenderedDocx {
  switch (source.kind) {
    case "action-plan":
      return renderActionPlan(source.plan, source.progress, options);
    case "implementation-plan":
      return renderImplementationPlan(source.plan, source.progress, options);
    case "progress-report":
      return renderProgressReport(source.plan, source.progress, {
        ...options,
        ...(source.at === undefined ? {} : { assess: { at: source.at } }),
      });
    case "committee-report":
      return renderCommitteeReport(source.report, { ...options, letterhead: source.letterhead });
  }
}

/** A rendered document's .docx bytes. */
export async function docxBytes(rendered: RenderedDocx): Promise<Uint8Array> {
  return new Uint8Array(await toBuffer(rendered));
}

/**
 * A rendered document poured into a council's template at its `{{placeholder}}`, with text fills
 * for the template's other placeholders. Fills the template has no place for are not reported:
 * the command offers every field it knows, and a template uses the ones it wants.
 */
export async function filledTemplate(
  template: Uint8Array,
  rendered: RenderedDocx,
  placeholder: string,
  text: Readonly<Record<string, string>>,
): Promise<{ bytes: Uint8Array; issues: Issue[] }> {
  const filled = await fillTemplate(template, { content: { [placeholder]: rendered }, text }).catch(
    (error: unknown) => {
      throw usageError(
        "bad-template",
        `the template is not a Word document (.docx) cja-kit can open: ${error instanceof Error ? error.message : String(error)}`,
      );
    },
  );
  const offered = (issue: Issue) =>
    issue.code === "docx/template-placeholder-missing" && issue.path[0] !== placeholder;
  if (!filled.ok) throw usageError("bad-template", filled.issues.map((issue) => issue.message).join(" "));
  return { bytes: filled.value, issues: filled.issues.filter((issue) => !offered(issue)) };
}
