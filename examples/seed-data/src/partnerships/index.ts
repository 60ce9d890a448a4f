import type { AnnualPerformanceReport, IndicatorSet, Plan, ProgressReturn } from "@cja-kit/core";
import { eastLothianPerformanceReport2023_24 } from "./east-lothian-2023-24/performance-report";
import { socialWorkOrders2016_17 } from "./justice-social-work-statistics-2016-17/social-work-orders";
import {
  deliveryPlanCompleted2024,
  deliveryPlanUpdate2,
  nationalDeliveryPlan2023,
} from "./national-delivery-plan-2023/delivery-plan";
import {
  westDunbartonshireActionPlan2017_18,
  westDunbartonshireIndicators2017_18,
} from "./west-dunbartonshire-2017-18/action-plan";

/** One document of today's partnerships and national bodies, by the JSON format name it is written as. */
export type PartnershipDocument =
  | { format: "plan"; data: Plan }
  | { format: "progress-return"; data: ProgressReturn }
  | { format: "indicator-set"; data: IndicatorSet }
  | { format: "annual-performance-report"; data: AnnualPerformanceReport };

/**
 * The published documents of the post-2017 era kept as typed data, one folder each with the text
 * extract they are checked against: an outcome improvement plan's action plan and its indicators
 * (West Dunbartonshire 2017-18), the national delivery plan and update 2 (Scottish Government),
 * a partnership's annual performance report 2023-24 (East Lothian) and a national statistics table
 * (Criminal justice social work statistics 2016-17, Table 2).
 */
export const partnershipDocuments: ReadonlyArray<{
  folder: string;
  slug: string;
  documents: PartnershipDocument[];
}> = [
  {
    folder: "west-dunbartonshire-2017-18",
    slug: "west-dunbartonshire-action-plan-2017-18",
    documents: [
      { format: "plan", data: westDunbartonshireActionPlan2017_18 },
      { format: "indicator-set", data: westDunbartonshireIndicators2017_18 },
    ],
  },
  {
    folder: "national-delivery-plan-2023",
    slug: "national-delivery-plan-2023",
    documents: [
      { format: "plan", data: nationalDeliveryPlan2023 },
      { format: "plan", data: deliveryPlanCompleted2024 },
      { format: "progress-return", data: deliveryPlanUpdate2 },
    ],
  },
  {
    folder: "east-lothian-2023-24",
    slug: "east-lothian-performance-report-2023-24",
    documents: [{ format: "annual-performance-report", data: eastLothianPerformanceReport2023_24 }],
  },
  {
    folder: "justice-social-work-statistics-2016-17",
    slug: "justice-social-work-statistics-2016-17-table-2",
    documents: [{ format: "indicator-set", data: socialWorkOrders2016_17 }],
  },
];
