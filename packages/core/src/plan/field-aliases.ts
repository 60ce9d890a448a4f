import type { ActionField } from "./column";

/**
 * Headings the documents and common spreadsheets use for each field, beyond the field's own name:
 * how a column headed "Work Group/ Chair", "Lead responsibility", "Managed By" or "Lead Partner"
 * is known to mean the lead. They cover the CJA-era plans (seeds 001-003), the partnership-era
 * plans that followed them (West Dunbartonshire's implementation action plan 2017-18, the national
 * community justice delivery plan 2023 and its updates) and the common wording of council returns.
 * Compared ignoring case, spacing, punctuation, a plural `s` and `(s)` ({@link headingKey}).
 * `Action` alone is the number when the table has no other number column and its cells are
 * numbers; otherwise it is the action's wording.
 *
 * @example
 * ```ts
 * fieldAliases.timescale.includes("When will it be done by?"); // true
 * fieldAliases.lead.includes("Managed By"); // true
 * ```
 */
export const fieldAliases: Readonly<Record<ActionField, readonly string[]>> = {
  measure: ["Key Measure", "Key Measures", "Measure"],
  number: [
    "Action Number",
    "Action No",
    "Action No.",
    "Action",
    "Action ref",
    "No.",
    "Number",
    "Ref",
    "Ref No",
    "Reference",
    "Deliverable No",
    "Deliverable number",
  ],
  title: [
    "Action description",
    "Description",
    "Key measure wording",
    "Title",
    "Action title",
    "Deliverable",
    "Indicator",
    "Commitment",
    "What we will do",
    "Improvement action",
    "Activity",
  ],
  outcomeRefs: ["Outcome references", "Outcome refs", "National outcomes", "National Outcome", "Outcomes"],
  aim: ["Aim", "Aims"],
  objective: ["Objective", "Objectives", "Specific"],
  localOutcome: ["Local outcome", "Local outcomes", "Outcome (local)", "Local priority"],
  localTarget: ["Local target", "Local targets", "Target", "Success measure", "Measure of success"],
  detail: [
    "Specific Operational Detail",
    "Operational detail",
    "Key actions",
    "Key action",
    "Detail",
    "Further detail",
    "Tasks",
  ],
  milestones: ["Milestones", "Milestone", "Key milestones"],
  frequency: [
    "Frequency /source",
    "Frequency / source",
    "Frequency",
    "Source",
    "Reporting frequency",
    "Reporting Measure",
    "Data source",
    "Source of evidence",
  ],
  timescale: [
    "Timescale",
    "Time-scale",
    "Timescales",
    "When will it be done by?",
    "When will it be done by",
    "Due date",
    "Due",
    "Action Due Date",
    "Date due",
    "Completion date",
    "Target completion date",
    "Deadline",
    "Target date",
    "By when",
    "Timeframe",
    "Time frame",
  ],
  lead: [
    "Work Group/ Chair",
    "Work Group/Chair",
    "Work group",
    "Chair",
    "Lead responsibility",
    "Lead Officer",
    "Lead Officer(s)",
    "Lead",
    "Lead Partner",
    "Lead Agency",
    "Lead organisation",
    "Managed By",
    "Responsible",
    "Responsible Officer",
    "Responsibility",
    "Accountable officer",
    "Owner",
    "Action owner",
  ],
  partners: [
    "Partners",
    "Partner agencies",
    "Lead Org's",
    "Supporting partners",
    "Key partners",
    "Partners in collaboration",
    "In collaboration with",
    "Contributing partners",
  ],
  resources: ["Resources", "Re-sources", "Resource", "Funding", "Cost", "Costs", "Budget", "Resource implications"],
  flag: [],
  progress: [
    "Progress",
    "Year 2 Progress/ Amendments",
    "Year2 Progress/ Amendments",
    "Progress/ Amendments",
    "Progress update",
    "Progress to date",
    "Update",
    "Update provided",
    "Commentary",
  ],
  nextSteps: ["New Outcome Year 3", "Next steps", "Next step", "Outcome next year", "Actions for next year"],
  status: ["Status", "Current status", "Progress status", "Delivery status"],
  reportedRag: ["RAG", "RAG status", "RAG rating", "Rating", "Red/Amber/Green", "Status (RAG)", "Traffic light"],
  revisedTimescale: [
    "Revised timescale",
    "Revised due date",
    "Revised date",
    "Revised completion date",
    "Revised deadline",
    "Revised target date",
  ],
  percentComplete: ["% complete", "Percent complete", "Percentage complete", "% done"],
  extra: [],
};
