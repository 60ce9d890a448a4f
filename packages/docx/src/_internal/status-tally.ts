import type { PlanTableRow } from "@cja-kit/core";
import { type FileChild, Paragraph, TableRow, TextRun } from "docx";
import { contentWidths } from "./column-widths";
import type { Context } from "./context";
import { STYLE } from "./styles";
import { cell, headerRow, table } from "./table";
import { textRuns } from "./text-runs";

/** What a deliverable with no entry in the update is counted as. */
export const NOT_IN_UPDATE = "Not in this update";

/**
 * How many deliverables an update gives each status, in its own words ("Complete", "In progress
 * (with revised timescale)"), in the order they first appear, counted once per deliverable (its
 * first row), with those the update does not mention counted apart.
 */
export function statusTally(rows: readonly PlanTableRow[]): Array<{ status: string; count: number }> {
  const counts = new Map<string, { status: string; count: number }>();
  for (const row of rows.filter((r) => r.rowIndex === 0)) {
    const status = row.entry?.status.raw.trim() || NOT_IN_UPDATE;
    const key = status.toLowerCase().replace(/\s+/g, " ");
    const found = counts.get(key);
    if (found === undefined) counts.set(key, { status, count: 1 });
    else found.count += 1;
  }
  return [...counts.values()];
}

const plain = (text: string, bold = false) =>
  new Paragraph({ style: STYLE.cell, children: [new TextRun({ text, bold })] });

/**
 * The update's statuses as a small table under a caption ("Status of the 4 deliverables in this
 * update"): each status as the update words it,
 * how many deliverables have it, and the total, so a committee sees the position at a glance.
 */
export function statusTallyTable(
  context: Context,
  rows: readonly PlanTableRow[],
  width: number,
): FileChild[] {
  const tally = statusTally(rows);
  const total = tally.reduce((sum, t) => sum + t.count, 0);
  const size = context.options.tableSize;
  const texts = [...tally.map((t) => [t.status, String(t.count)]), ["Total", String(total)]];
  const widths = contentWidths(
    [["Status", "Deliverables"], ...texts].map((row, r) =>
      row.map((text) => [{ text, indent: 0, bold: r === 0 || row[0] === "Total" }]),
    ),
    Math.round(width * 0.6),
    size,
  );
  const body = texts.map(
    ([status = "", count = ""]) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            [
              new Paragraph({
                style: STYLE.cell,
                children: textRuns(context, status, { path: ["update"] }, { bold: status === "Total" }),
              }),
            ],
            widths[0] ?? 0,
          ),
          cell([plain(count, status === "Total")], widths[1] ?? 0),
        ],
      }),
  );
  return [
    new Paragraph({
      style: STYLE.cellHeader,
      keepNext: true,
      children: [new TextRun(`Status of the ${total} deliverable${total === 1 ? "" : "s"} in this update`)],
    }),
    table([headerRow(context, ["Status", "Deliverables"], widths, { path: [] }), ...body], widths),
    new Paragraph({ style: STYLE.small, children: [] }),
  ];
}
