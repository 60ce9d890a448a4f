export { renderActionPlan } from "./action-plan/render-action-plan";
export { renderAnnualPerformanceReport } from "./annual-report/render-annual-performance-report";
export { renderCommitteeReport } from "./committee-report/render-committee-report";
export { renderDeliveryPlan } from "./delivery-plan/render-delivery-plan";
export { renderImplementationPlan } from "./implementation-plan/render-implementation-plan";
export { renderIndicatorSet } from "./indicator-set/render-indicator-set";
export type { AnnualReportOptions } from "./options/annual-report-options";
export type { IndicatorOptions } from "./options/indicator-options";
export type { OutcomeImprovementPlanOptions } from "./options/outcome-improvement-plan-options";
export type {
  CommitteeReportOptions,
  DocxColours,
  PaperSize,
  ProgressReportOptions,
  RenderOptions,
} from "./options/render-options";
export { defaultColours } from "./options/render-options";
export type { RollUpReportOptions } from "./options/roll-up-report-options";
export { renderOutcomeImprovementPlan } from "./outcome-improvement-plan/render-outcome-improvement-plan";
export { toBlob } from "./pack/to-blob";
export { renderProgressReport } from "./progress-report/render-progress-report";
export type { DocxPart, RenderedDocx } from "./rendered-docx";
export { renderRollUpReport } from "./roll-up-report/render-roll-up-report";
export type {
  FilledTemplate,
  FillTemplateOptions,
  TemplateFill,
  TemplateImage,
  TemplateProperties,
} from "./template/fill-template";
export { fillTemplate } from "./template/fill-template";
export type { TemplateLimits } from "./template/template-limits";
export { defaultTemplateLimits } from "./template/template-limits";
