export { renderActionPlan } from "./action-plan/render-action-plan";
export { renderCommitteeReport } from "./committee-report/render-committee-report";
export { renderImplementationPlan } from "./implementation-plan/render-implementation-plan";
export type {
  CommitteeReportOptions,
  DocxColours,
  PaperSize,
  ProgressReportOptions,
  RenderOptions,
} from "./options/render-options";
export { defaultColours } from "./options/render-options";
export type { RollUpReportOptions } from "./options/roll-up-report-options";
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
