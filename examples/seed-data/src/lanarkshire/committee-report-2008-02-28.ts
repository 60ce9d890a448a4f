import { type CommitteeReport, communityJusticeAuthorities } from "@cja-kit/core";
import { bullets, c, numbered } from "../build";

// Seed 000: Lanarkshire CJA committee report, 28 February 2008, on progress towards a Local and
// National CJA Performance Framework. Sections 1-4 and paragraphs 1.1-3.1 are Word auto-numbered
// (`LISTNUM LegalDefault`); the rest are numbered as typed ("5.", "4.1", ...).

/** Lanarkshire CJA committee report of 28 February 2008 on the Local and National CJA Performance Framework. */
export const lanarkshirePerformanceFrameworkReport: CommitteeReport = {
  id: "lanarkshire/committee-report-2008-02-28",
  authority: communityJusticeAuthorities.lanarkshire,
  sections: [
    {
      number: "1",
      title: "Purpose of Report",
      role: "purpose",
      paragraphs: [
        {
          number: "1.1",
          content: c(
            "The purpose of the report is to:-",
            bullets(
              "To update members on progress towards developing both a Local and National CJA Performance Framework",
            ),
          ),
        },
      ],
    },
    {
      number: "2",
      title: "Recommendation(s)",
      role: "recommendations",
      paragraphs: [
        {
          number: "2.1",
          content: c(
            "The Committee is asked to approve the following recommendation(s):-",
            numbered(
              "That members, are asked to note the contents of this report and receive regular updates on progress",
            ),
          ),
        },
      ],
    },
    {
      number: "3",
      title: "Background",
      role: "background",
      paragraphs: [
        {
          number: "3.1",
          content: c(
            "The National Advisory Body for Offender Management (NAB) have decided to measure 14 outcomes taken from the 23 contained in the National Strategy for Management of Offenders.  These outcomes will be used to measure the performance of all 8 Community Justice Authorities.  The framework becomes operational in April 2008 and will be used along side the annual report to inform the Cabinet Secretary for Justice on our performance against the priorities we have set in our area plan.",
            "Members and partners will be aware that we were required to develop an implementation plan detailing the time scales and lead officers for each of our actions in the coming year.  As part of this work we will be developing a Local Performance Framework in partnership with the agencies involved in the CJA.",
          ),
        },
      ],
    },
    {
      number: "4",
      title: "National Performance",
      role: "body",
      paragraphs: [
        {
          number: "4.1",
          content: c(
            bullets(
              "The Performance Framework is being developed by the analytical services team within the Justice Directorate",
              "A project team has been established consisting of the CJA Planning Officers and representatives from analytical services and policy development from the Justice Directorate of the Scottish Government",
              "The 14 outcomes required to be further defined with data sources identified",
              "The project team are in final stages of developing the draft data document which will go to consultation with partners nationally",
              "Final draft of the Performance Framework is expected by the NAB for their meeting on 17 March",
            ),
          ),
        },
      ],
    },
    {
      number: "5.",
      title: "Local performance",
      role: "body",
      paragraphs: [
        {
          number: "5.1",
          content: c(
            "All partner agencies from the CJA have nominated a representative for a local performance measures group.  This group will be responsible for defining the local measures required to inform of progress against the implementation plan.  The first meeting of this group is 10 March 2008.",
          ),
        },
      ],
    },
    {
      number: "6.",
      title: "Employee Implications",
      role: "employee-implications",
      paragraphs: [{ number: "6.1", content: c("None") }],
    },
    {
      number: "7.",
      title: "Financial Implications",
      role: "financial-implications",
      paragraphs: [{ number: "7.1", content: c("None") }],
    },
    {
      number: "8.",
      title: "Other Implications",
      role: "other-implications",
      paragraphs: [{ number: "8.1", content: c("None") }],
    },
    {
      number: "9.",
      title: "Equality Impact Assessment and Consultation Arrangements",
      role: "equality-and-consultation",
      paragraphs: [
        { number: "9.1", content: c("No significant consultation was taken as part of this report") },
        {
          number: "9.2",
          content: c(
            "The report does not introduce a new policy, function or strategy or recommend an amendment to an existing policy, function or strategy therefore no equality impact assessment was carried out.",
          ),
        },
      ],
    },
  ],
  author: {
    name: "Amanda Paul",
    role: "Planning and Development Officer",
    body: "Lanarkshire community Justice Authority",
  },
  date: "28 February 2008",
  contactHeading: "Contact for Further Information",
  contactIntro:
    "If you would like to inspect the background papers or want further information, please contact:-",
  contact: {
    name: "Amanda Paul",
    role: "Planning and Development Officer",
    phone: "Ext: (Tel: 01698 4544234)",
    email: "Amanda.Paul@southlanarkshire.gov.uk",
  },
};
