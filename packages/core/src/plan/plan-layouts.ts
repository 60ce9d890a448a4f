import type { Column } from "./column";

/**
 * A named set of table columns with their labels: the layout of a kind of document.
 *
 * @example
 * ```ts
 * const layout: PlanLayout = { id: "simple", label: "Number, action and due date", columns: [{ field: "number", label: "No." }, { field: "title", label: "Action" }, { field: "timescale", label: "Due" }] };
 * ```
 */
export type PlanLayout = { id: string; label: string; columns: Column[] };

/**
 * The table layouts of the seed documents, with their own labels: the Lothian & Borders action
 * plan (seed 002), the Lanarkshire implementation plan (seed 003) and the Lanarkshire quarterly
 * progress return (seed 001).
 *
 * @example
 * ```ts
 * planLayouts["lanarkshire-implementation-plan"].columns.map((c) => c.label);
 * // ["Action Number", "Aim", "Objective", "Milestones", "When will it be done by?", "Lead responsibility", "Progress"]
 * ```
 */
export const planLayouts = {
  "lothian-borders-action-plan": {
    id: "lothian-borders-action-plan",
    label: "Lothian & Borders CJA action plan",
    columns: [
      { field: "measure", label: "Key Measure" },
      { field: "detail", label: "Specific Operational Detail" },
      { field: "timescale", label: "Timescale" },
      { field: "progress", label: "Year 2 Progress/ Amendments" },
      { field: "nextSteps", label: "New Outcome Year 3" },
      { field: "lead", label: "Work Group/ Chair" },
      { field: "resources", label: "Re-sources" },
      { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" },
    ],
  },
  "lanarkshire-implementation-plan": {
    id: "lanarkshire-implementation-plan",
    label: "Lanarkshire CJA implementation plan",
    columns: [
      { field: "number", label: "Action Number" },
      { field: "aim", label: "Aim" },
      { field: "objective", label: "Objective" },
      { field: "milestones", label: "Milestones" },
      { field: "timescale", label: "When will it be done by?" },
      { field: "lead", label: "Lead responsibility" },
      { field: "progress", label: "Progress" },
    ],
  },
  "lanarkshire-quarterly-progress": {
    id: "lanarkshire-quarterly-progress",
    label: "Lanarkshire CJA quarterly progress",
    columns: [
      { field: "number", label: "Action" },
      { field: "localOutcome", label: "Local outcome" },
      { field: "localTarget", label: "Local target" },
      { field: "detail", label: "Key actions" },
      { field: "frequency", label: "Frequency /source" },
      { field: "timescale", label: "timescales" },
      { field: "lead", label: "lead" },
      { field: "progress", label: "Progress" },
    ],
  },
} as const satisfies Record<string, PlanLayout>;
