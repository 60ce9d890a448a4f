import { type Plan, type PlanTableRow, type ProgressReturn, planTable, type Theme } from "@cja-kit/core";
import type { FileChild } from "docx";
import { assemble, contentHeight, contentWidth } from "../_internal/assemble";
import { CELL_MARGIN } from "../_internal/cell-measure";
import { contentParagraphs } from "../_internal/content-paragraphs";
import { at, type Context, createContext } from "../_internal/context";
import { deliverableFields, UPDATE_LABELS } from "../_internal/deliverable-fields";
import { planCheck, progressCheck } from "../_internal/document-checks";
import { heading, themeHeading } from "../_internal/heading";
import { optional, requireInputs } from "../_internal/input-issues";
import { type BlockLook, labelValueBlock } from "../_internal/label-value-block";
import { renderOptionsCheck } from "../_internal/options-issues";
import { periodWords } from "../_internal/period-words";
import { resolveOptions } from "../_internal/resolve-options";
import { rowRoom } from "../_internal/row-room";
import { statusTallyTable } from "../_internal/status-tally";
import { textWidth } from "../_internal/text-measure";
import { titleBlock } from "../_internal/title-block";
import type { RenderOptions } from "../options/render-options";
import type { RenderedDocx } from "../rendered-docx";

/** Where each theme of the plan is, for the issues its heading may raise. */
function themePaths(
  themes: readonly Theme[],
  path: Array<string | number>,
  into = new Map<Theme, Array<string | number>>(),
) {
  themes.forEach((theme, i) => {
    into.set(theme, [...path, "themes", i]);
    themePaths(theme.themes ?? [], [...path, "themes", i], into);
  });
  return into;
}

/** Headings for the themes a row enters (an aim, its priority action), at their depth. */
function themeHeadings(
  context: Context,
  row: PlanTableRow,
  previous: PlanTableRow | undefined,
  paths: ReadonlyMap<Theme, Array<string | number>>,
): FileChild[] {
  const first = row.themes.findIndex((theme, depth) => previous?.themes[depth] !== theme);
  if (first < 0) return [];
  return row.themes.slice(first).flatMap((theme, k) => {
    const where = { path: paths.get(theme) ?? [] };
    const text = themeHeading(theme);
    return [
      ...(text.length === 0 ? [] : [heading(context, first + k + 1, text, at(where, "title"))]),
      ...(theme.localOutcomes === undefined
        ? []
        : contentParagraphs(context, theme.localOutcomes, at(where, "localOutcomes"), "body")),
    ];
  });
}

/** The label column's width: the longest label on one line, within a sixth and a quarter of the width. */
function labelWidth(rows: readonly PlanTableRow[], context: Context, width: number): number {
  const labels = [
    ...new Set([...rows.flatMap((r) => r.columns.map((c) => c.label)), ...Object.values(UPDATE_LABELS)]),
  ];
  const widest = Math.max(...labels.map((label) => textWidth(label, context.options.tableSize, true)));
  return Math.round(Math.min(Math.max(widest + CELL_MARGIN.across + 60, width / 6), width / 4));
}

/**
 * Renders a delivery plan, or an update on one, as the Scottish Government publishes the national
 * delivery plan for community justice and its six-monthly updates: the title, the body that
 * publishes it and the update's period; where an update is given, how many deliverables have each
 * status in the update's own words; then each aim and priority action as headings (nested as the
 * plan nests them), and each deliverable as a block headed "No. 34": the deliverable, its
 * timescale, lead partner, partners in collaboration and further detail under the plan's own
 * labels, then from the update its status, any revised timescale, its own cells ("Opened",
 * "Closed") and its text. Each block is kept on one page where it fits one.
 *
 * @param plan - The delivery plan (its themes the aims and priority actions).
 * @param update - An update on it (a progress return, e.g. `Update 2 – March 2024`).
 * @param options - Page, font, colours, columns, properties; see {@link RenderOptions}.
 * @returns The document and the issues met.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (a plan or report the schema refuses, a cyclic one, options of the wrong type such as `fontSize: NaN` or `paperSize: "A9"`): checked before anything is rendered, its issues name each place.
 * @example
 * ```ts
 * const rendered = renderDeliveryPlan(deliveryPlanCompleted2024, deliveryPlanUpdate2, { created: "2024-03-28T00:00:00Z" });
 * const blob = await toBlob(rendered);
 * ```
 */
export function renderDeliveryPlan(
  plan: Plan,
  update?: ProgressReturn,
  options: RenderOptions = {},
): RenderedDocx {
  requireInputs("renderDeliveryPlan", [
    ["plan", planCheck, plan],
    ["update", optional(progressCheck), update],
    ["options", renderOptionsCheck, options],
  ]);
  const context = createContext(resolveOptions(options));
  const o = context.options;
  const width = contentWidth(o, "portrait");
  const rows = planTable(plan, update);
  const entries = new Map((update?.entries ?? []).map((entry, i) => [entry, i]));
  const look: BlockLook = {
    width,
    labelWidth: labelWidth(rows, context, width),
    rowRoom: rowRoom(contentHeight(o, "portrait")),
  };
  const paths = themePaths(plan.themes, []);
  const subtitle =
    update?.title !== undefined && update.title !== plan.title
      ? [{ text: update.title, path: ["update", "title"] }]
      : [];
  const lines = [
    { text: plan.authority.name, path: ["authority", "name"] },
    ...subtitle,
    ...(update === undefined ? [] : [{ text: periodWords(update.period), path: ["update", "period"] }]),
  ];
  const body = rows.flatMap((row, i) => {
    const columns = o.columns(row.columns);
    return [
      ...themeHeadings(context, row, rows[i - 1], paths),
      ...labelValueBlock(
        context,
        { text: `No. ${row.action.number}`, where: at({ path: row.path }, "number") },
        deliverableFields(row, columns, row.entry === undefined ? -1 : (entries.get(row.entry) ?? -1)),
        look,
      ),
    ];
  });
  const children = [
    ...titleBlock(context, plan.title ?? update?.title ?? "Delivery plan", lines),
    ...(update === undefined ? [] : statusTallyTable(context, rows, width)),
    ...body,
  ];
  return assemble(context, [{ orientation: "portrait", children, firstPage: "untitled" }], {
    title:
      [plan.title, update?.title !== plan.title ? update?.title : undefined]
        .filter((t) => t !== undefined)
        .join(": ") || `${plan.authority.name} delivery plan`,
    author: plan.authority.name,
  });
}
