import type { IndicatorSet, Plan } from "@cja-kit/core";
import type { RenderKind, RenderSource } from "../formats/docx";
import type { LoadedDocument } from "./document";
import { usageError } from "./failure";

/** What a Word document needs beyond the input: the assessment date, the letterhead, a plan's indicators. */
export type RenderExtras = { at?: string; letterhead: boolean; indicators?: readonly IndicatorSet[] };

// A plan prints as its own kind; area plans (and plans of no other kind) as action plans.
function planKind(plan: Plan): RenderKind {
  switch (plan.kind) {
    case "implementation-plan":
    case "outcome-improvement-plan":
    case "delivery-plan":
      return plan.kind;
    default:
      return "action-plan";
  }
}

function defaultKind(file: string, document: LoadedDocument): RenderKind {
  switch (document.kind) {
    case "plan":
      return planKind(document.plan);
    case "progress-return":
      throw usageError(
        "return-needs-plan",
        `${file}: a progress return is printed with its plan: cja-kit render PLAN --kind progress-report --progress ${file}.`,
      );
    case "annual-return":
      throw usageError(
        "no-word-form",
        `${file}: an annual return to Community Justice Scotland has no Word form in cja-kit; it is sent as the template's own form, and kept here as JSON.`,
      );
    default:
      return document.kind;
  }
}

// What each kind is printed from, in words, for a refusal.
const NEEDS: Readonly<Record<RenderKind, string>> = {
  "action-plan": "a plan",
  "implementation-plan": "a plan",
  "outcome-improvement-plan": "a plan",
  "delivery-plan": "a plan",
  "progress-report": "a plan",
  "committee-report": "a committee report",
  "annual-performance-report": "an annual performance report",
  "indicator-set": "an indicator set",
};

function wrongInput(file: string, kind: RenderKind, document: LoadedDocument): Error {
  return usageError(
    "wrong-kind",
    `${file}: --kind ${kind} prints ${NEEDS[kind]}, and this is a ${document.kind}.`,
  );
}

function planSource(
  file: string,
  kind: RenderKind,
  plan: LoadedDocument & { kind: "plan" },
  extras: RenderExtras,
) {
  const { progress } = plan;
  const with_ = progress === undefined ? {} : { progress };
  switch (kind) {
    case "progress-report":
      if (progress === undefined)
        throw usageError(
          "report-needs-progress",
          `${file}: a progress report needs the return: give --progress RETURN.json, or a table with progress columns and --return-period.`,
        );
      return { kind, plan: plan.plan, progress, ...(extras.at === undefined ? {} : { at: extras.at }) };
    case "outcome-improvement-plan":
      return { kind, plan: plan.plan, ...with_, indicators: extras.indicators ?? [] };
    case "action-plan":
    case "implementation-plan":
    case "delivery-plan":
      return { kind, plan: plan.plan, ...with_ };
    default:
      throw wrongInput(file, kind, plan);
  }
}

/** What to print and from what: the kind asked for, or the one the document is. */
export function renderSource(
  file: string,
  document: LoadedDocument,
  asked: RenderKind | undefined,
  extras: RenderExtras,
): RenderSource {
  const kind = asked ?? defaultKind(file, document);
  if (extras.indicators !== undefined && kind !== "outcome-improvement-plan")
    throw usageError(
      "indicators-need-oip",
      `--indicators places indicators under an outcome improvement plan's themes; ${file} is printed as ${kind} (give --kind outcome-improvement-plan).`,
    );
  if (document.kind === "plan") return planSource(file, kind, document, extras);
  if (kind === "committee-report" && document.kind === "committee-report")
    return { kind, report: document.report, letterhead: extras.letterhead };
  if (kind === "annual-performance-report" && document.kind === "annual-performance-report")
    return { kind, report: document.report };
  if (kind === "indicator-set" && document.kind === "indicator-set")
    return { kind, indicators: document.indicators };
  throw wrongInput(file, kind, document);
}
