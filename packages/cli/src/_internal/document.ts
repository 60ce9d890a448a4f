import type {
  AnnualPerformanceReport,
  AnnualReturn,
  Checked,
  CommitteeReport,
  IndicatorSet,
  MappingReport,
  Plan,
  PlanKind,
  ProgressReturn,
} from "@cja-kit/core";

/** What a file holds, as the command sees it once read. */
export type DocumentKind =
  | "plan"
  | "progress-return"
  | "committee-report"
  | "indicator-set"
  | "annual-performance-report"
  | "annual-return";

/**
 * A document read from a file: a plan (with the progress its table carried beside it), progress
 * returns (a table can hold several periods), a committee report, an indicator set, a
 * partnership's annual performance report or its annual return to Community Justice Scotland.
 */
export type LoadedDocument =
  | { kind: "plan"; plan: Plan; progress?: ProgressReturn }
  | { kind: "progress-return"; returns: ProgressReturn[] }
  | { kind: "committee-report"; report: CommitteeReport }
  | { kind: "indicator-set"; indicators: IndicatorSet }
  | { kind: "annual-performance-report"; report: AnnualPerformanceReport }
  | { kind: "annual-return"; annualReturn: AnnualReturn };

/** What `--kind` says a file holds: a document kind, or a plan of a given kind. */
export type KindChoice = { kind: DocumentKind; planKind?: PlanKind };

/** The words `--kind` takes, with what each means. */
export const kindChoices: ReadonlyMap<string, KindChoice> = new Map<string, KindChoice>([
  ["plan", { kind: "plan" }],
  ["action-plan", { kind: "plan", planKind: "action-plan" }],
  ["implementation-plan", { kind: "plan", planKind: "implementation-plan" }],
  ["area-plan", { kind: "plan", planKind: "area-plan" }],
  ["outcome-improvement-plan", { kind: "plan", planKind: "outcome-improvement-plan" }],
  ["delivery-plan", { kind: "plan", planKind: "delivery-plan" }],
  ["progress-return", { kind: "progress-return" }],
  ["progress", { kind: "progress-return" }],
  ["committee-report", { kind: "committee-report" }],
  ["report", { kind: "committee-report" }],
  ["indicator-set", { kind: "indicator-set" }],
  ["indicators", { kind: "indicator-set" }],
  ["annual-performance-report", { kind: "annual-performance-report" }],
  ["annual-return", { kind: "annual-return" }],
]);

/**
 * A document read, or the issues that stopped it; with the reader's mapping report where the
 * file is a table (how each column and row was read).
 */
export type ReadResult = Checked<LoadedDocument> & { report?: MappingReport };
