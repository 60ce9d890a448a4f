import type { ActionField } from "./column";

/**
 * Labels the documents and common spreadsheets use for each field, beyond the field's own name:
 * how a column headed "Work Group/ Chair", "Lead responsibility" or "Lead Officer" is known to
 * mean the lead. Compared ignoring case, spacing and punctuation ({@link matchField}).
 *
 * @example
 * ```ts
 * fieldAliases.timescale.includes("When will it be done by?"); // true
 * ```
 */
export const fieldAliases: Readonly<Record<ActionField, readonly string[]>> = {
  measure: ["Key Measure", "Key Measures", "Measure"],
  number: ["Action Number", "Action No", "Action No.", "Action", "No.", "Number", "Ref", "Reference"],
  title: ["Action description", "Description", "Key measure wording", "Title"],
  outcomeRefs: ["Outcome references", "Outcome refs", "National outcomes", "Outcomes"],
  aim: ["Aim", "Aims"],
  objective: ["Objective", "Objectives", "Specific"],
  localOutcome: ["Local outcome", "Local outcomes", "Outcome (local)"],
  localTarget: ["Local target", "Local targets", "Target"],
  detail: [
    "Specific Operational Detail",
    "Operational detail",
    "Key actions",
    "Key action",
    "Actions",
    "Detail",
  ],
  milestones: ["Milestones", "Milestone"],
  frequency: ["Frequency /source", "Frequency / source", "Frequency", "Source", "Reporting frequency"],
  timescale: [
    "Timescale",
    "Time-scale",
    "Timescales",
    "When will it be done by?",
    "When will it be done by",
    "Due date",
    "Deadline",
    "Target date",
    "By when",
  ],
  lead: [
    "Work Group/ Chair",
    "Work Group/Chair",
    "Work group",
    "Chair",
    "Lead responsibility",
    "Lead Officer",
    "Lead",
    "Responsible",
    "Owner",
  ],
  partners: ["Partners", "Partner agencies", "Lead Org's", "Supporting partners"],
  resources: ["Resources", "Re-sources", "Resource", "Funding", "Cost", "Costs", "Budget"],
  flag: [],
  progress: [
    "Progress",
    "Year 2 Progress/ Amendments",
    "Year2 Progress/ Amendments",
    "Progress/ Amendments",
    "Progress update",
    "Update",
  ],
  nextSteps: ["New Outcome Year 3", "Next steps", "Next step", "Outcome next year", "Actions for next year"],
};
