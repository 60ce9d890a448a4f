import {
  deliveryPlanCompleted2024,
  deliveryPlanUpdate2,
  eastLothianPerformanceReport2023_24,
  nationalDeliveryPlan2023,
  socialWorkOrders2016_17,
  westDunbartonshireActionPlan2017_18,
  westDunbartonshireIndicators2017_18,
} from "@cja-kit/seed-data";
import {
  type RenderedDocx,
  renderAnnualPerformanceReport,
  renderDeliveryPlan,
  renderIndicatorSet,
  renderOutcomeImprovementPlan,
} from "../../src/index";
import { fullAnnualReport } from "./annual-report";
import { CREATED } from "./seeds";

/** The document kinds of today's partnerships and national bodies. */
export type PartnershipKind =
  | "outcome-improvement-plan"
  | "delivery-plan"
  | "delivery-plan-update"
  | "annual-performance-report"
  | "indicator-set";

/**
 * A published document of examples/seed-data/src/partnerships (and one report with every part),
 * with its kind, a function rendering it, and the data it is rendered from.
 */
export type PartnershipRender = {
  id: string;
  kind: PartnershipKind;
  render: () => RenderedDocx;
  data: readonly unknown[];
};

const options = { created: CREATED };

/** Each published partnership document rendered as its kind, as the reproduce example renders them. */
export const renderedPartnershipDocuments: readonly PartnershipRender[] = [
  {
    id: "west-dunbartonshire-2017-18",
    kind: "outcome-improvement-plan",
    render: () =>
      renderOutcomeImprovementPlan(westDunbartonshireActionPlan2017_18, undefined, {
        ...options,
        indicators: [westDunbartonshireIndicators2017_18],
      }),
    data: [westDunbartonshireActionPlan2017_18, westDunbartonshireIndicators2017_18],
  },
  {
    id: "national-delivery-plan-2023",
    kind: "delivery-plan",
    render: () => renderDeliveryPlan(nationalDeliveryPlan2023, undefined, options),
    data: [nationalDeliveryPlan2023],
  },
  {
    id: "delivery-plan-update-2",
    kind: "delivery-plan-update",
    render: () => renderDeliveryPlan(deliveryPlanCompleted2024, deliveryPlanUpdate2, options),
    data: [deliveryPlanCompleted2024, deliveryPlanUpdate2],
  },
  {
    id: "east-lothian-2023-24",
    kind: "annual-performance-report",
    render: () => renderAnnualPerformanceReport(eastLothianPerformanceReport2023_24, options),
    data: [eastLothianPerformanceReport2023_24],
  },
  {
    id: "full-annual-report",
    kind: "annual-performance-report",
    render: () => renderAnnualPerformanceReport(fullAnnualReport, options),
    data: [fullAnnualReport],
  },
  {
    id: "cjsw-2016-17-table-2",
    kind: "indicator-set",
    render: () => renderIndicatorSet(socialWorkOrders2016_17, options),
    data: [socialWorkOrders2016_17],
  },
];

// Keys whose values are the model's own (ids, kinds, codes, parsed dates, links), not wording a
// reader should find in the document.
const NOT_WORDING = new Set([
  "id",
  "planId",
  "kind",
  "framework",
  "code",
  "refs",
  "status",
  "availability",
  "field",
  "year",
  "start",
  "end",
  "from",
  "to",
  "authority",
  "reportingPeriod",
  "source",
  "outcomeFramework",
  "type",
  "frameworkIndicator",
  "marker",
  "segments",
  "value",
  "period",
  "outcome",
  "published",
  "actionNumber",
  "direction",
  "footnotes",
]);

/** Every string of some data a reader should find in the document rendered from it. */
export function wordingOf(value: unknown, key = ""): string[] {
  if (NOT_WORDING.has(key)) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((item) => wordingOf(item));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => wordingOf(v, k));
  return [];
}
