import type { CommitteeReport, IndicatorSet, Plan, PlanKind, ProgressReturn } from "@cja-kit/core";

/** What a file holds, as the command sees it once read. */
export type DocumentKind = "plan" | "progress-return" | "committee-report" | "indicator-set";

/**
 * A document read from a file: a plan (with the progress its CSV carried beside it), progress
 * returns (a CSV can hold several periods), a committee report or an indicator set.
 */
export type LoadedDocument =
  | { kind: "plan"; plan: Plan; progress?: ProgressReturn }
  | { kind: "progress-return"; returns: ProgressReturn[] }
  | { kind: "committee-report"; report: CommitteeReport }
  | { kind: "indicator-set"; indicators: IndicatorSet };

/** What `--kind` says a file holds: a document kind, or a plan of a given kind. */
export type KindChoice = { kind: DocumentKind; planKind?: PlanKind };

/** The words `--kind` takes, with what each means. */
export const kindChoices: ReadonlyMap<string, KindChoice> = new Map<string, KindChoice>([
  ["plan", { kind: "plan" }],
  ["action-plan", { kind: "plan", planKind: "action-plan" }],
  ["implementation-plan", { kind: "plan", planKind: "implementation-plan" }],
  ["area-plan", { kind: "plan", planKind: "area-plan" }],
  ["progress-return", { kind: "progress-return" }],
  ["progress", { kind: "progress-return" }],
  ["committee-report", { kind: "committee-report" }],
  ["report", { kind: "committee-report" }],
  ["indicator-set", { kind: "indicator-set" }],
  ["indicators", { kind: "indicator-set" }],
]);
