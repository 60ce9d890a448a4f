import { type IndicatorSet, indicatorsFromWideTable, nationalBodies } from "@cja-kit/core";

/** Table 2 as published (the stored copy's rows), one column per year, footnote markers as printed. */
export const SOCIAL_WORK_ORDERS_TABLE = {
  header: ["Indicator", "2010-11", "2011-12", "2012-13", "2013-14", "2014-15", "2015-16 7", "2016-17 7,8"],
  rows: [
    ["Orders commenced", "18,044", "19,746", "19,659", "20,456", "20,123", "20,482", "20,508"],
    ["Community payback orders 1,2", "..", "10,228", "16,061", "18,687", "19,067", "19,444", "19,136"],
    ["Community service orders 3", "5,940", "3,044", "693", "227", "85", "..", ".."],
    ["Probation orders 3", "8,136", "3,040", "514", "138", "62", "..", ".."],
    ["With an element of unpaid work 3", "3,031", "1,276", "216", "71", "24", "..", ".."],
    ["Supervised attendance orders 3", "3,307", "2,877", "1,752", "779", "358", "..", ".."],
    ["Drug treatment and testing orders 2", "661", "557", "639", "625", "551", "530", "478"],
    ["Fiscal work orders 6", "", "", "", "", "", "508", "894"],
    [
      "Individuals with orders commenced",
      "16,554",
      "18,044",
      "17,178",
      "17,683",
      "17,292",
      "17,514",
      "17,452",
    ],
  ],
};

/**
 * Criminal justice social work statistics in Scotland: 2016-17, Table 2 "Social work orders:
 * 2010-11 to 2016-17" (national statistics), as an indicator set: each row an indicator with a
 * seven-year series, `..` kept as not available, figures as printed (`20,508`). See `extract.txt`.
 */
export const socialWorkOrders2016_17: IndicatorSet = {
  id: "scottish-government/cjsw-statistics-2016-17-table-2",
  title: "Table 2 Social work orders: 2010-11 to 2016-17",
  authority: nationalBodies["scottish-government"],
  source:
    "Criminal justice social work statistics in Scotland: 2016-17, https://www.gov.scot/publications/criminal-justice-social-work-statistics-scotland-2016-17/pages/10/ (Open Government Licence v3.0)",
  indicators: indicatorsFromWideTable(SOCIAL_WORK_ORDERS_TABLE).value,
};
