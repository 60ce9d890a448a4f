import {
  type AnnualPerformanceReport,
  communityJusticePartnerships,
  type Indicator,
  indicatorsFromWideTable,
} from "@cja-kit/core";
import { eastLothianPerformanceReport2023_24, SOCIAL_WORK_ORDERS_TABLE } from "@cja-kit/seed-data";

// An annual performance report with every part a report can have, for the Word tests: its
// wording and figures are public and cited, though no one partnership published them together.
// Headings and scores: East Lothian Community Justice Performance Report 2023-24 (© East Lothian
// Council, a short extract). Figures and sentences marked "gov.scot" are Crown copyright under the
// Open Government Licence v3.0:
// - Justice Social Work Statistics in Scotland: 2023-24 Part 1, key points
//   (https://gov.scot/publications/justice-social-work-statistics-scotland-2023-24-part-1/pages/1),
//   2022-23 (https://www.scotland.gov.uk/publications/justice-social-work-statistics-scotland-2022-23/pages/3/),
//   2019-20, 2018-19, 2016-17 and 2015-16 (…/criminal-justice-social-work-statistics-scotland-20NN-NN/pages/3/):
//   diversion from prosecution cases commenced, in the rounded figures the publications write.
// - Criminal justice social work statistics in Scotland: 2016-17, Table 2 (SOCIAL_WORK_ORDERS_TABLE).
// - National strategy for community justice: delivery plan update 2 – March 2024, page 6.
// - Diversion from prosecution: joint review, key findings
//   (https://gov.scot/publications/joint-review-diversion-prosecution/, also prosecutioninspectorate.scot).

const paragraph = (text: string) => ({ kind: "paragraph" as const, text });

/** Diversion from prosecution cases commenced in Scotland, as the statistics publications round them. */
export const diversionCommenced: Indicator = {
  id: "diversion-commenced",
  name: "Diversion from prosecution cases commenced (Scotland)",
  type: "national",
  dataSource: "Justice social work statistics, Scottish Government",
  direction: "higher-is-better",
  series: [
    { period: "2015-16", raw: "1,900", value: 1900, availability: "value" },
    { period: "2016-17", raw: "2,000", value: 2000, availability: "value" },
    { period: "2018-19", raw: "1,800", value: 1800, availability: "value" },
    { period: "2019-20", raw: "2,000", value: 2000, availability: "value" },
    { period: "2022-23", raw: "2,600", value: 2600, availability: "value" },
    { period: "2023-24", raw: "3,400", value: 3400, availability: "value" },
  ],
};

const [, , communityService] = indicatorsFromWideTable(SOCIAL_WORK_ORDERS_TABLE).value;

const [first, second, ...rest] = eastLothianPerformanceReport2023_24.outcomes;
if (first === undefined || second === undefined) throw new Error("East Lothian's report has nine outcomes");

/** A report with every part: actions, scores, indicators with series, narrative and a case study. */
export const fullAnnualReport: AnnualPerformanceReport = {
  ...eastLothianPerformanceReport2023_24,
  id: "test/full-annual-report",
  authority: communityJusticePartnerships["east-lothian"],
  outcomes: [
    {
      ...first,
      actions: [
        paragraph(
          "A Diversion from Prosecution Working Group comprising of diversion partner agencies has been established.",
        ),
      ],
      indicators: [diversionCommenced, ...(communityService === undefined ? [] : [communityService])],
      narrative: [
        paragraph(
          "The number of diversion from prosecution cases commenced rose by 28 per cent between 2022-23 and 2023-24 from 2,600 to 3,400. This was the highest level in the last ten years.",
        ),
      ],
      caseStudies: [
        {
          title: "Case study: diversion partner agencies",
          content: [
            paragraph(
              "There is strong support for diversion from prosecution among those agencies involved in the diversion process. The use of diversion has risen in recent years and the diversion partner agencies are keen to extend its use further, in line with the government's national strategy for community justice.",
            ),
            paragraph(
              "The publication of national guidelines on diversion has been a significant milestone. The guidelines are valued by those who are aware of them.",
            ),
          ],
        },
      ],
    },
    {
      ...second,
      narrative: [
        paragraph(
          "The number of bail supervision cases rose by 17 per cent between 2022-23 and 2023-24 to 1,300. This was the highest in the last ten years.",
        ),
      ],
    },
    ...rest,
  ],
};
