import { guarded, has, isArrayOfObjects, optional } from "../_internal/guard";
import { contentText } from "../content/content-text";
import { type ProgressEntry, ProgressReturn } from "../progress/progress-return";
import type { Plan } from "./plan";
import { planActions } from "./plan-actions";
import type { Theme } from "./theme";

/**
 * A field of a delivery plan's row view (one row per deliverable, or per row of one).
 *
 * @example
 * ```ts
 * const field: DeliveryPlanField = "lead";
 * ```
 */
export type DeliveryPlanField =
  | "aim"
  | "priorityAction"
  | "number"
  | "deliverable"
  | "timescale"
  | "lead"
  | "partners"
  | "status"
  | "update"
  | "revisedTimescale";

/**
 * The columns of a delivery plan update, with the labels core writes: the national delivery
 * plan's own words where it has them ("Deliverable", "Timescale", "Lead partner", "In
 * collaboration with", "Status") and plain ones for the rest. Adapters take the labels from here.
 *
 * @example
 * ```ts
 * deliveryPlanColumns.find((column) => column.field === "partners")?.label; // "In collaboration with"
 * ```
 */
export const deliveryPlanColumns: ReadonlyArray<{ field: DeliveryPlanField; label: string }> = [
  { field: "aim", label: "Aim" },
  { field: "priorityAction", label: "Priority Action" },
  { field: "number", label: "No." },
  { field: "deliverable", label: "Deliverable" },
  { field: "timescale", label: "Timescale" },
  { field: "lead", label: "Lead partner" },
  { field: "partners", label: "In collaboration with" },
  { field: "status", label: "Status" },
  { field: "update", label: "Update" },
  { field: "revisedTimescale", label: "Revised timescale" },
];

/**
 * One row of a delivery plan (update): the deliverable's place (the themes above it, e.g. its aim
 * and priority action), its number, wording, timescale, lead and partners, and, from an update,
 * its status, the update's text and any revised timescale, all as written; `extra` the update's
 * cells with no place in the model (e.g. the national plan's "Opened" and "Closed").
 *
 * @example
 * ```ts
 * const row: DeliveryPlanRow = { themes: ["Aim 4 - …", "Priority Action 11: …"], cells: { aim: "Aim 4 - …", priorityAction: "Priority Action 11: …", number: "34", deliverable: "Implement/Embed …", timescale: "April 2024", lead: "Care Inspectorate, …", partners: "…", status: "", update: "", revisedTimescale: "" }, extra: {} };
 * ```
 */
export type DeliveryPlanRow = {
  themes: string[];
  cells: Record<DeliveryPlanField, string>;
  extra: Record<string, string>;
};

const themeLabel = (theme: Theme) =>
  [theme.number, theme.title].filter((part) => part !== undefined).join(" ");
const text = (content: Parameters<typeof contentText>[0] | undefined) =>
  content === undefined ? "" : contentText(content);

/**
 * A delivery plan as rows, with the status of each deliverable from an update where one is given:
 * the themes above each deliverable kept in order (aim → priority action → deliverable, as the
 * national delivery plan and partnerships nest them), the first two as its aim and priority
 * action. A deliverable with several rows gives one row each; an update's entry matches by number
 * (and row, where given).
 *
 * @param plan - The plan (any kind; a delivery plan's themes are its aims and priority actions).
 * @param update - A progress return on the plan, e.g. `Update 2 – March 2024`.
 * @returns The rows, in document order.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * deliveryPlanRows(nationalDeliveryPlan, update2)[0]?.cells.status; // "Complete"
 * ```
 */
export function deliveryPlanRows(plan: Pick<Plan, "themes">, update?: ProgressReturn): DeliveryPlanRow[] {
  return guarded(
    "deliveryPlanRows",
    () => [
      ["plan", (value) => has(value, "themes", isArrayOfObjects), plan],
      ["update", optional(ProgressReturn), update],
    ],
    () => deliveryPlanRowsOf(plan, update),
  );
}

function deliveryPlanRowsOf(plan: Pick<Plan, "themes">, update?: ProgressReturn): DeliveryPlanRow[] {
  const entries = new Map<string, ProgressEntry>();
  for (const entry of update?.entries ?? []) entries.set(`${entry.action}\u0000${entry.row ?? 0}`, entry);
  return planActions(plan).flatMap(({ action, themes }) =>
    action.rows.map((row, index) => {
      const entry = entries.get(`${action.number}\u0000${index}`);
      const labels = themes.map(themeLabel);
      return {
        themes: labels,
        cells: {
          aim: labels[0] ?? "",
          priorityAction: labels[1] ?? "",
          number: action.number,
          deliverable: text(action.title),
          timescale: row.timescale?.raw ?? "",
          lead: text(row.lead),
          partners: text(row.partners),
          status: entry?.status.raw ?? "",
          update: text(entry?.progress),
          revisedTimescale: entry?.revisedTimescale?.raw ?? "",
        },
        extra: { ...row.extra, ...entry?.extra },
      };
    }),
  );
}
