import { type Column, type Content, cellContent, type PlanTableRow } from "@cja-kit/core";
import { at, type Where } from "./context";
import type { BlockField } from "./label-value-block";

/** Fields the block's heading band and title line show, or an update's lines after the plan's. */
const OWN_LINES = new Set(["number", "progress", "nextSteps"]);

const paragraph = (text: string): Content => [{ kind: "paragraph", text }];

/** The labels core and the national plan give an update's lines where the plan has no column for them. */
export const UPDATE_LABELS = {
  status: "Status",
  revisedTimescale: "Revised timescale",
  progress: "Update",
  nextSteps: "Next steps",
} as const;

function planFields(row: PlanTableRow, columns: readonly Column[], where: Where): BlockField[] {
  return columns.flatMap((column, k) => {
    if (OWN_LINES.has(column.field)) return [];
    const content = cellContent(column, row);
    if (content.length === 0) return [];
    const field = column.field === "title" || column.field === "measure" ? column.field : "rows";
    const place = field === "rows" ? at(where, "rows", row.rowIndex, column.field) : at(where, field);
    return [{ label: column.label, labelWhere: { path: ["columns", k, "label"] }, content, where: place }];
  });
}

function updateFields(row: PlanTableRow, columns: readonly Column[], entryIndex: number): BlockField[] {
  const entry = row.entry;
  if (entry === undefined) return [];
  const where = { path: ["update", "entries", entryIndex] };
  const labelOf = (field: "progress" | "nextSteps") =>
    columns.find((column) => column.field === field)?.label ?? UPDATE_LABELS[field];
  const line = (label: string, content: Content, place: Where): BlockField[] =>
    content.length === 0 ? [] : [{ label, labelWhere: place, content, where: place }];
  const extra = Object.entries({ ...row.row.extra, ...entry.extra });
  return [
    ...line(
      UPDATE_LABELS.status,
      entry.status.raw.trim() === "" ? [] : paragraph(entry.status.raw),
      at(where, "status"),
    ),
    ...line(
      UPDATE_LABELS.revisedTimescale,
      entry.revisedTimescale === undefined ? [] : paragraph(entry.revisedTimescale.raw),
      at(where, "revisedTimescale"),
    ),
    ...extra.flatMap(([label, text]) =>
      line(label, text.trim() === "" ? [] : paragraph(text), at(where, "extra", label)),
    ),
    ...line(labelOf("progress"), cellContent({ field: "progress", label: "" }, row), at(where, "progress")),
    ...line(labelOf("nextSteps"), entry.nextSteps ?? [], at(where, "nextSteps")),
  ];
}

/**
 * The lines of a deliverable's block, as the national delivery plan and its updates give them:
 * the plan's columns in its order (the deliverable, its timescale, lead partner, partners in
 * collaboration, further detail) under the plan's own labels, leaving out empty ones; then from
 * an update its status as written, any revised timescale, its own cells (the national plan's
 * "Opened" and "Closed"), and its text ("Update", or the plan's label for it).
 */
export function deliverableFields(
  row: PlanTableRow,
  columns: readonly Column[],
  entryIndex: number,
): BlockField[] {
  return [...planFields(row, columns, { path: row.path }), ...updateFields(row, columns, entryIndex)];
}
