export { lanarkshireActionPlan2010_11 } from "./lanarkshire/action-plan-2010-11";
export { lanarkshireChiefOfficersUpdate } from "./lanarkshire/chief-officers-update-2007";
export { lanarkshirePerformanceFrameworkReport } from "./lanarkshire/committee-report-2008-02-28";
export { lanarkshireImplementationPlan2008_09 } from "./lanarkshire/implementation-plan-2008-09";
export { lanarkshireIndicators2010_11 } from "./lanarkshire/indicators-2010-11";
export { lanarkshireLocalOutcomes, lanarkshireLocalToNsmo2006 } from "./lanarkshire/local-outcomes";
export { lanarkshireProgress2008_09Q2 } from "./lanarkshire/progress-2008-09-q2";
export { lanarkshireProgress2010_11Q2 } from "./lanarkshire/progress-2010-11-q2";
export { lothianBordersActionPlan2010_11 } from "./lothian-borders/action-plan-2010-11";
export { lothianBordersIndicators2009_10 } from "./lothian-borders/indicators-2009-10";
export { lothianBordersProgressYear2 } from "./lothian-borders/progress-2009-10";
export type { PartnershipDocument } from "./partnerships";
export { partnershipDocuments } from "./partnerships";
export {
  EAST_LOTHIAN_TABLE,
  eastLothianPerformanceReport2023_24,
} from "./partnerships/east-lothian-2023-24/performance-report";
export {
  SOCIAL_WORK_ORDERS_TABLE,
  socialWorkOrders2016_17,
} from "./partnerships/justice-social-work-statistics-2016-17/social-work-orders";
export {
  deliveryPlanCompleted2024,
  deliveryPlanUpdate2,
  nationalDeliveryPlan2023,
} from "./partnerships/national-delivery-plan-2023/delivery-plan";
export {
  westDunbartonshireActionPlan2017_18,
  westDunbartonshireIndicators2017_18,
} from "./partnerships/west-dunbartonshire-2017-18/action-plan";
export type { SeedDocument } from "./seed-documents";
export { seedDocuments } from "./seed-documents";
