export { Authority, AuthorityKind, CjaId, Council, CouncilAreaCode } from "./authority/authority";
export { communityJusticeAuthorities } from "./authority/community-justice-authorities";
export {
  communityJusticePartnerships,
  PartnershipId,
  previousAreaCodes,
} from "./authority/community-justice-partnerships";
export { findAuthority } from "./authority/find-authority";
export { nationalBodies } from "./authority/national-bodies";
export { Block, Content, ListBlock, ListMarker, Paragraph, Run } from "./content/content";
export { contentText } from "./content/content-text";
export { formatContent } from "./content/format-content";
export { paragraphs } from "./content/paragraphs";
export { parseContent } from "./content/parse-content";
export type { CanonicalCellRole } from "./import/canonical-cell-text";
export { canonicalCellText } from "./import/canonical-cell-text";
export type { CanonicalProgressColumn } from "./import/canonical-layout";
export { canonicalLayout } from "./import/canonical-layout";
export { checkTableOptions } from "./import/check-table-options";
export { formatColumnLabels, parseColumnLabels } from "./import/column-labels";
export type {
  ColumnRole,
  HeadingMap,
  MappedColumn,
  MatchedBy,
  ProgressPart,
  ReportPart,
  ReturnPart,
  TableLayout,
  ThemePart,
} from "./import/column-role";
export { formatCouncilProgress, parseCouncilProgress } from "./import/council-progress";
export { formatMappingReport } from "./import/format-mapping-report";
export { headingRowsFit } from "./import/heading-rows-fit";
export type {
  PlanImport,
  PlanImportOptions,
  PlanMeta,
  ReportImportOptions,
  ReturnsImportOptions,
  TableReadOptions,
} from "./import/import-options";
export type { HeadingRule, ImportResult, MappingReport } from "./import/mapping-report";
export { formatOutcomeCodes, outcomeCodesNeeded, parseOutcomeCodes } from "./import/outcome-codes";
export { planFromRecordStream, planFromRecords } from "./import/plan-from-records";
export { reportTableFields } from "./import/report-fields";
export { reportFromRecordStream, reportFromRecords } from "./import/report-from-records";
export { returnsFromRecordStream, returnsFromRecords } from "./import/returns-from-records";
export type { CellRun, CellSpan, SourceItem, SourceRecord } from "./import/source-record";
export type { IndicatorAssessment, IndicatorStatus, IndicatorTrend } from "./indicator/assess-indicator";
export { assessIndicator } from "./indicator/assess-indicator";
export { Figure, FigureAvailability } from "./indicator/figure";
export type { FigureStyle } from "./indicator/format-figure";
export { figureStyle, formatFigure } from "./indicator/format-figure";
export { Indicator, IndicatorSet, SeriesPoint } from "./indicator/indicator";
export type { IndicatorField } from "./indicator/indicator-columns";
export { indicatorColumns } from "./indicator/indicator-columns";
export type { IndicatorDetail, IndicatorDetailOptions } from "./indicator/indicator-details";
export {
  indicatorDetailCells,
  indicatorDetailColumns,
  indicatorWithDetails,
} from "./indicator/indicator-details";
export type { IndicatorLongRow } from "./indicator/indicator-long-rows";
export { indicatorLongRows, indicatorsFromLongRows } from "./indicator/indicator-long-rows";
export { IndicatorType, indicatorTypeLabels, parseIndicatorType } from "./indicator/indicator-type";
export type { IndicatorWideTable } from "./indicator/indicator-wide-table";
export { indicatorsFromWideTable, indicatorWideTable } from "./indicator/indicator-wide-table";
export type { DatedFigure } from "./indicator/latest-figures";
export { latestFigures } from "./indicator/latest-figures";
export { parseFigure } from "./indicator/parse-figure";
export { CjaKitError } from "./issue/cja-kit-error";
export { formatIssue } from "./issue/format-issue";
export { hasErrors } from "./issue/has-errors";
export type { Checked, Parsed } from "./issue/issue";
export { Issue, Severity } from "./issue/issue";
export { schemaIssueMessage } from "./issue/schema-issue-message";
export { formatPence } from "./money/format-pence";
export { FundingBasis, Money, MoneyAmount } from "./money/money";
export { parseMoney } from "./money/parse-money";
export { OutcomeRef, OutcomeRefList } from "./outcome-ref/outcome-ref";
export type { ParseOutcomeRefsOptions } from "./outcome-ref/parse-outcome-refs";
export { parseOutcomeRefs } from "./outcome-ref/parse-outcome-refs";
export { CalendarDate } from "./period/calendar-date";
export type { QuarterNumber } from "./period/financial-quarter";
export { quarterDates, quarterOf } from "./period/financial-quarter";
export { FinancialYear, financialYear, financialYearStartYear } from "./period/financial-year";
export { financialYearDates } from "./period/financial-year-dates";
export { financialYearOf } from "./period/financial-year-of";
export { formatCalendarDate } from "./period/format-calendar-date";
export { formatReportingPeriod } from "./period/format-reporting-period";
export { halfYearDates } from "./period/half-year";
export { parsePlanPeriod } from "./period/parse-plan-period";
export type { ReportingPeriodSpan } from "./period/parse-reporting-period";
export { parseReportingPeriod } from "./period/parse-reporting-period";
export { PlanPeriod, planPeriodDates, planYear } from "./period/plan-period";
export { ReportingPeriod } from "./period/reporting-period";
export { reportingPeriodDates } from "./period/reporting-period-dates";
export { Action, ActionRow } from "./plan/action";
export type {
  ActionsFromRowsOptions,
  PlacedProgress,
  RowProgress,
  TableRowInput,
} from "./plan/actions-from-rows";
export { actionsFromRows } from "./plan/actions-from-rows";
export { cellContent, measureHeading } from "./plan/cell-content";
export { Chapter, ChapterBlock, HeadingBlock, OutcomeListBlock } from "./plan/chapter";
export { ActionField, Column } from "./plan/column";
export type { DeliveryPlanField, DeliveryPlanRow } from "./plan/delivery-plan-rows";
export { deliveryPlanColumns, deliveryPlanRows } from "./plan/delivery-plan-rows";
export { fieldAliases } from "./plan/field-aliases";
export { findAction } from "./plan/find-action";
export type { KeptColumns } from "./plan/kept-columns";
export { keptColumns } from "./plan/kept-columns";
export { headingKey, labelKey, matchField } from "./plan/match-field";
export { normaliseActionNumber } from "./plan/normalise-action-number";
export { GlossaryEntry, Plan, PlanKind } from "./plan/plan";
export type { LocatedAction } from "./plan/plan-actions";
export { planActions } from "./plan/plan-actions";
export type { PlanLayout } from "./plan/plan-layouts";
export { planLayouts } from "./plan/plan-layouts";
export type { PlanLine, PlanLinesOptions } from "./plan/plan-lines";
export { planLines, themeDepth } from "./plan/plan-lines";
export type { PlanTableRow } from "./plan/plan-table";
export { planTable } from "./plan/plan-table";
export { planTableByTheme } from "./plan/plan-table-by-theme";
export { Theme } from "./plan/theme";
export { parseYesNo, YesNo } from "./plan/yes-no";
export type { ProgressEntryInput } from "./progress/create-progress-entry";
export { createProgressEntry } from "./progress/create-progress-entry";
export { CouncilProgress, ProgressEntry, ProgressReturn } from "./progress/progress-return";
export { AnnualPerformanceReport, CaseStudy, OutcomeReport } from "./report/annual-performance-report";
export type { AnnualReportPart, AnnualReportSection } from "./report/annual-report-sections";
export { annualReportLabels, annualReportSections } from "./report/annual-report-sections";
export { AnnualReturn, AnnualReturnSection, ReturnAnswer } from "./report/annual-return";
export {
  CommitteeReport,
  ReportContact,
  ReportParagraph,
  ReportSection,
  ReportSectionRole,
} from "./report/committee-report";
export { SelfAssessmentScore } from "./report/self-assessment";
export type { SelfAssessmentTable } from "./report/self-assessment-table";
export { selfAssessmentFromTable, selfAssessmentTable } from "./report/self-assessment-table";
export { actionOutcomeRefs } from "./status/action-outcome-refs";
export type { ActionAssessment, AssessmentSource, AssessPlanOptions } from "./status/assess-plan";
export { assessPlan } from "./status/assess-plan";
export { CanonicalStatus, canonicalStatuses, ReportedStatus } from "./status/canonical-status";
export { defaultStatusRules } from "./status/default-status-rules";
export type { RagInput, RagResult } from "./status/derive-rag";
export { deriveRag } from "./status/derive-rag";
export { canonicalStatusLabels, ragLabels } from "./status/labels";
export { normaliseStatus } from "./status/normalise-status";
export { Rag, rags } from "./status/rag";
export type { RagRules } from "./status/rag-rules";
export { defaultRagRules } from "./status/rag-rules";
export type { RatingCheck } from "./status/rating-check";
export type { RollUp, RollUpOptions, RollUpSource } from "./status/roll-up";
export { rollUp } from "./status/roll-up";
export type { RollUpByOutcomeOptions } from "./status/roll-up-by-outcome";
export { rollUpByOutcome } from "./status/roll-up-by-outcome";
export { rollUpByTheme } from "./status/roll-up-by-theme";
export type { RagCounts, RollUpRule } from "./status/roll-up-rule";
export { countedRag, decideRollUp, rollUpRuleLabel } from "./status/roll-up-rule";
export type { Schedule } from "./status/schedule";
export { scheduleAt } from "./status/schedule";
export type { StatusRule, StatusSignalKind } from "./status/status-rule";
export { createRegistry } from "./taxonomy/create-registry";
export { defineFramework } from "./taxonomy/define-framework";
export { findOutcome } from "./taxonomy/find-outcome";
export type { FindOutcomeByWordingOptions, WordingMatch } from "./taxonomy/find-outcome-by-wording";
export { findOutcomeByWording } from "./taxonomy/find-outcome-by-wording";
export { FrameworkIndicator } from "./taxonomy/framework-indicator";
export { frameworkOutcomes } from "./taxonomy/framework-outcomes";
export { cjOpi2016 } from "./taxonomy/frameworks/cj-opi-2016";
export { cjOpi2016ToCjpf2023 } from "./taxonomy/frameworks/cj-opi-2016-to-cjpf-2023";
export { cjpf2023 } from "./taxonomy/frameworks/cjpf-2023";
export { cjpf2023ToNscj2022 } from "./taxonomy/frameworks/cjpf-2023-to-nscj-2022";
export { nab2008 } from "./taxonomy/frameworks/nab-2008";
export { nab2008ToCjOpi2016 } from "./taxonomy/frameworks/nab-2008-to-cj-opi-2016";
export { nab2008ToNsmo2006 } from "./taxonomy/frameworks/nab-2008-to-nsmo-2006";
export { nscj2016 } from "./taxonomy/frameworks/nscj-2016";
export { nscj2022 } from "./taxonomy/frameworks/nscj-2022";
export { nsmo2006 } from "./taxonomy/frameworks/nsmo-2006";
export { sgNationalOutcomes2007 } from "./taxonomy/frameworks/sg-national-outcomes-2007";
export { mapOutcomeRef } from "./taxonomy/map-outcome-ref";
export { FrameworkEdition, Outcome, OutcomeFramework, OutcomeGroup } from "./taxonomy/outcome-framework";
export { OutcomeMapping } from "./taxonomy/outcome-mapping";
export type { OutcomeRegistry } from "./taxonomy/outcome-registry";
export { builtInRegistry } from "./taxonomy/outcome-registry";
export { formatTimescale } from "./timescale/format-timescale";
export { parseTimescale } from "./timescale/parse-timescale";
export { parseTimescaleCell } from "./timescale/parse-timescale-cell";
export { DateSpan, Interval, Timescale, TimescaleSegment, When } from "./timescale/timescale";
export type { TimescaleWindow, TimescaleWindowOptions } from "./timescale/timescale-window";
export { timescaleWindow } from "./timescale/timescale-window";
export { checkPlan } from "./validate/check-plan";
export { findCycle } from "./validate/find-cycle";
export type { PlanRule, PlanRuleContext } from "./validate/plan-rules";
export {
  flagsReadable,
  outcomeRefsResolve,
  periodWithinAreaPlan,
  planRules,
  resourcesAddUp,
  timescalesNearPeriod,
  timescalesReadable,
  uniqueActionNumbers,
} from "./validate/plan-rules";
export type { ProgressRule } from "./validate/progress-rules";
export {
  councilsKnown,
  entriesMatchActions,
  periodInsidePlan,
  planMatches,
  progressRules,
  reportedRagAgrees,
  statusRecognised,
  uniqueEntries,
} from "./validate/progress-rules";
export type { AnnualReportCheckOptions } from "./validate/validate-annual-performance-report";
export {
  checkAnnualPerformanceReport,
  validateAnnualPerformanceReport,
} from "./validate/validate-annual-performance-report";
export { checkAnnualReturn, validateAnnualReturn } from "./validate/validate-annual-return";
export { checkCommitteeReport, validateCommitteeReport } from "./validate/validate-committee-report";
export { checkIndicatorSet, validateIndicatorSet } from "./validate/validate-indicator-set";
export type { ValidatePlanOptions } from "./validate/validate-plan";
export { validatePlan } from "./validate/validate-plan";
export type { ValidateProgressReturnOptions } from "./validate/validate-progress-return";
export { checkProgressReturn, validateProgressReturn } from "./validate/validate-progress-return";
