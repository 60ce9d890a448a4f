import {
  nationalBodies,
  normaliseStatus,
  type Plan,
  type ProgressReturn,
  parseTimescale,
} from "@cja-kit/core";

const paragraph = (text: string) => ({ kind: "paragraph" as const, text });

/**
 * The Scottish Government's delivery plan for the National Strategy for Community Justice (June
 * 2023), page 5 as published: Aim 4, its Priority Action 11, and deliverable 34 with its
 * timescale, lead partner, partners in collaboration and further detail; nested aim → priority
 * action → deliverable as the plan nests them. See `extract.txt` for the source and licence.
 */
export const nationalDeliveryPlan2023: Plan = {
  id: "scottish-government/delivery-plan-2023",
  kind: "delivery-plan",
  title: "Community justice strategy: delivery plan",
  authority: nationalBodies["scottish-government"],
  period: { from: "2023-24", to: "2024-25" },
  outcomeFramework: "nscj-2022",
  columns: [
    { field: "number", label: "No." },
    { field: "title", label: "Deliverables" },
    { field: "timescale", label: "Timescale" },
    { field: "lead", label: "Lead partner" },
    { field: "partners", label: "In collaboration with" },
    { field: "detail", label: "Further Detail:" },
  ],
  themes: [
    {
      title:
        "Aim 4 - Strengthen the leadership, engagement, and partnership working of local and national community justice partners",
      outcomeRefs: { raw: "Aim 4", refs: [{ framework: "nscj-2022", code: "A4" }] },
      themes: [
        {
          number: "Priority Action 11:",
          title:
            "Deliver improved community justice outcomes by ensuring that effective leadership and governance arrangements are in place and working well, collaborating with partners and planning strategically",
          outcomeRefs: { raw: "Priority Action 11:", refs: [{ framework: "nscj-2022", code: "PA11" }] },
          actions: [
            {
              number: "34",
              title: [
                paragraph(
                  "Implement/Embed the Community Justice Performance Framework, the Improvement Tool and the updated self-evaluation model for community justice.",
                ),
              ],
              rows: [
                {
                  timescale: parseTimescale("April 2024").value,
                  lead: [paragraph("Care Inspectorate, Scottish Government and Community Justice Scotland")],
                  partners: [paragraph("statutory community justice partners and third sector")],
                  detail: [
                    paragraph(
                      "The revised Community Justice Performance Framework (CJPF) and the accompanying Guidance and Technical Document (which provides information on how to use the outcomes and indicators in the CJPF) was published on 31 March 2023.",
                    ),
                    paragraph(
                      "The Community Justice Improvement Tool was also published on the same date by Community Justice Scotland. This sets out the local evidence that will supplement the national indicator data. Local evidence will provide further context to the national indicators, and help to drive improvement and better understand performance in relation to the nationally determined outcomes.",
                    ),
                    paragraph(
                      'The Care Inspectorate is also reviewing and updating the guide to self-evaluation for community justice in Scotland. "A self-evaluation guide to support quality improvement for community justice in Scotland" will be published and launched in 2023.',
                    ),
                    paragraph(
                      "All three organisations will work together to embed and implement these documents in a way which ensures they are used to their maximum benefit, and to consider what additional work may be required to help achieve this.",
                    ),
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

const completed = (number: string, deliverable: string[], timescale: string) => ({
  number,
  title: deliverable.map(paragraph),
  rows: [{ timescale: parseTimescale(timescale).value }],
});

/**
 * The deliverables update 2 (March 2024) lists under "Previously completed deliverables", as it
 * lists them: number, deliverable and timescale (their aims are not repeated there).
 */
export const deliveryPlanCompleted2024: Plan = {
  id: "scottish-government/delivery-plan-update-2-completed",
  kind: "delivery-plan",
  title: "National strategy for community justice: delivery plan update 2 – March 2024",
  authority: nationalBodies["scottish-government"],
  period: { from: "2023-24", to: "2023-24" },
  outcomeFramework: "nscj-2022",
  columns: [
    { field: "number", label: "No." },
    { field: "title", label: "Deliverable" },
    { field: "timescale", label: "Timescale" },
    { field: "progress", label: "Additional information" },
  ],
  themes: [
    {
      title: "Previously completed deliverables",
      actions: [
        completed(
          "1",
          [
            "Establish a working group or other appropriate structure to consider the ‘Joint review of diversion from prosecution’ report and the implementation of recommendations as appropriate.",
            "This will take into account ongoing improvement work on diversion from prosecution.",
          ],
          "October 2023",
        ),
        completed(
          "13",
          [
            "Revise and publish updated guidance on justice social work reports and court-based justice social work services.",
          ],
          "August 2023",
        ),
        completed(
          "14",
          [
            "Publish a research report on the use of Drug Testing and Treatment Orders (DTTOs) and Community Payback Orders (CPOs) for people with substance use problems, as part of the Cross-Government Action Plan in response to the Drug Deaths Taskforce’s report and recommendations.",
          ],
          "August 2023",
        ),
        completed(
          "18",
          [
            "Pilot and initiate evaluation of the Moving Forward 2 Change (MF2C) programme for sexual offending.",
          ],
          "August 2023",
        ),
      ],
    },
  ],
};

const entry = (action: string, information: string) => ({
  action,
  progress: [paragraph(information)],
  status: normaliseStatus("Complete"),
  extra: { Opened: "Original delivery plan", Closed: "Update 1" },
});

/**
 * Update 2 (March 2024) on those deliverables: each marked complete in update 1, with its
 * "Additional information"; "Opened" and "Closed" are kept as the update's own cells.
 */
export const deliveryPlanUpdate2: ProgressReturn = {
  id: "scottish-government/delivery-plan-update-2",
  planId: "scottish-government/delivery-plan-update-2-completed",
  title: "National strategy for community justice: delivery plan update 2 – March 2024",
  authority: nationalBodies["scottish-government"],
  period: {
    kind: "update",
    number: 2,
    label: "Update 2 – March 2024",
    start: "2024-01-01",
    end: "2024-03-31",
  },
  entries: [
    entry(
      "1",
      "A Diversion from Prosecution Working Group comprising of diversion partner agencies has been established.",
    ),
    entry("13", "The revised Justice social work guidance was published on 5 October 2023."),
    entry(
      "14",
      "The 'Community sentencing options for people with substance use problems' report was published on 31 August 2023.",
    ),
    entry("18", "Pilots and evaluation completed."),
  ],
};
