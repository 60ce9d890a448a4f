import type { CommitteeReport } from "@cja-kit/core";

const paragraph = (number: string, text: string) => ({
  number,
  content: [{ kind: "paragraph" as const, text }],
});

/**
 * The report around the roll-up, as a performance officer would put it to a board: its header
 * fields, purpose and recommendations; `renderRollUpReport` adds the basis of the ratings and a
 * section per group of outcomes after them, and numbers the implications on.
 */
export const rollUpReport: CommitteeReport = {
  authority: { name: "Lanarkshire CJA and Lothian & Borders CJA", kind: "other", councils: [] },
  subject: "Progress of both authorities' plans by the 14 national outcomes",
  reportBy: "Chief Officers, Lanarkshire and Lothian & Borders Community Justice Authorities",
  date: "November 2010",
  sections: [
    {
      number: "1",
      title: "Purpose of Report",
      role: "purpose",
      paragraphs: [
        paragraph(
          "1.1",
          "To show members, for each of the 14 national outcomes, how the actions of both authorities that serve it stand, and why.",
        ),
        paragraph(
          "1.2",
          "Lothian & Borders' action plan names the national outcomes each key measure serves. Lanarkshire's plans name their own local outcomes, which are matched to the National Strategy's 23 outcomes by their wording and reach the 14 through them.",
        ),
      ],
    },
    {
      number: "2",
      title: "Recommendation(s)",
      role: "recommendations",
      paragraphs: [
        paragraph("2.1", "That members note the ratings and the actions behind them."),
        paragraph(
          "2.2",
          "That members ask the leads of the actions marked for checking to confirm their dates or report revised ones.",
        ),
      ],
    },
    {
      number: "3",
      title: "Financial Implications",
      role: "financial-implications",
      paragraphs: [paragraph("3.1", "None.")],
    },
  ],
};
