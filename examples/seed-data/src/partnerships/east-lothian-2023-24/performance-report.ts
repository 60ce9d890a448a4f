import {
  type AnnualPerformanceReport,
  communityJusticePartnerships,
  selfAssessmentFromTable,
} from "@cja-kit/core";

const paragraph = (text: string) => ({ kind: "paragraph" as const, text });

/** The self-assessment table as published: outcome headings as written ("desistence" included). */
export const EAST_LOTHIAN_TABLE = {
  header: ["National Outcome", "Reporting Year", "Reporting Year"],
  rows: [
    ["1. More people successfully complete diversion from prosecution", "8", "9"],
    ["2. More people in police custody receive support to address their needs", "7", "8"],
    ["3. More people are assessed for and successfully complete bail supervision", "8", "8"],
    [
      "4. More people access services to support desistence and successfully complete community sentences",
      "9",
      "9",
    ],
    [
      "5. More people have access to, and continuity of, health and social care following release from a prison sentence",
      "9",
      "9",
    ],
    [
      "6. More people have access to suitable accommodation following release from a prison sentence",
      "8",
      "9",
    ],
    ["7. More people with convictions access support to enhance their readiness for employment", "7", "8"],
    ["8. More people access voluntary throughcare following a short term prison sentence", "9", "9"],
    [
      "9. More people across the workforce and in the community understand, and have confidence in, community justice",
      "9",
      "9",
    ],
  ],
};

/**
 * East Lothian Community Justice Performance Report 2023-24, as East Lothian Council's page
 * presents it: the partnership's self-assessment of each of the nine national outcomes of the
 * 2023 framework at the beginning and end of 2024, two scores side by side. See `extract.txt`.
 */
export const eastLothianPerformanceReport2023_24: AnnualPerformanceReport = {
  id: "east-lothian/performance-report-2023-24",
  title: "East Lothian Community Justice Performance Report 2023 - 2024",
  authority: communityJusticePartnerships["east-lothian"],
  period: { kind: "financial-year", year: "2023-24" },
  framework: "cjpf-2023",
  introduction: [
    paragraph(
      "The Community Justice Group have just published the first Community Justice Performance Report which details the Groups progress towards meeting the National Outcomes.",
    ),
    paragraph("The Group carried out two self-assessment sessions at the beginning and end of 2024."),
    paragraph(
      "These self-assessment sessions have demonstrated that the Group have consistently achieved the Outcomes and that local activity is progressing the Outcomes.",
    ),
    paragraph("You can see the progress in the table below:"),
  ],
  selfAssessmentHeadings: ["Reporting Year", "Reporting Year"],
  outcomes: selfAssessmentFromTable(EAST_LOTHIAN_TABLE, { framework: "cjpf-2023" }).value,
  conclusion: [
    paragraph(
      "The table shows that five of the Outcomes had no movement on progress but were being achieved and that for four the achievement was progressed. There was no regression of any progress for this reporting period.",
    ),
  ],
  source:
    "https://eastlothian.gov.uk/info/210670/justice_social_work/12465/community_justice_in_east_lothian/2 (© East Lothian Council)",
};
