import { canonicalStatuses, canonicalStatusLabels, type RollUp, ragLabels, rags } from "@cja-kit/core";
import { type FileChild, Paragraph, TableRow, TextRun } from "docx";
import { splitWidth } from "./column-widths";
import type { Context } from "./context";
import { STYLE } from "./styles";
import { cell, headerRow, table } from "./table";

/** How many columns of a count table fit across the page: each column takes this share of it. */
const COLUMNS_ACROSS = 9;

const text = (value: string, bold = false) =>
  new Paragraph({ style: STYLE.cell, children: [new TextRun({ text: value, bold })] });

type CountColumn = { label: string; count: number; fill?: string };

/** A one-row table of counts under their labels, a total at the end, under a caption; cells shaded where given. */
function countTable(
  context: Context,
  caption: string,
  columns: readonly CountColumn[],
  width: number,
): FileChild[] {
  const all: CountColumn[] = [
    ...columns,
    { label: "Total", count: columns.reduce((sum, c) => sum + c.count, 0) },
  ];
  const across = Math.min(width, Math.round((width * all.length) / COLUMNS_ACROSS));
  const widths = splitWidth(
    all.map(() => 1),
    across,
  );
  const counts = new TableRow({
    cantSplit: true,
    children: all.map((c, i) =>
      cell(
        [text(String(c.count), c.label === "Total")],
        widths[i] ?? 0,
        c.fill === undefined ? {} : { fill: c.fill },
      ),
    ),
  });
  return [
    new Paragraph({ style: STYLE.cellHeader, keepNext: true, children: [new TextRun(caption)] }),
    table(
      [
        headerRow(
          context,
          all.map((c) => c.label),
          widths,
          { path: ["summary"] },
        ),
        counts,
      ],
      widths,
    ),
    new Paragraph({ style: STYLE.small, children: [] }),
  ];
}

/**
 * The summary: how many rows of the table have each status that occurs (core's statuses in
 * reporting order, a column only where the count is not nought, so the totals still add up), and
 * each rating (all four, each count shaded in its colour), in plain labels ("On track", "Not
 * stated", "Amber").
 */
export function summaryTables(context: Context, rollUp: RollUp, width: number, unit: string): FileChild[] {
  const fill = context.options.colours.rag;
  const statuses = canonicalStatuses
    .filter((status) => rollUp.counts.status[status] > 0)
    .map((status) => ({ label: canonicalStatusLabels[status], count: rollUp.counts.status[status] }));
  return [
    ...(statuses.length === 0 ? [] : countTable(context, `Status of the ${unit}`, statuses, width)),
    ...countTable(
      context,
      `Rating of the ${unit}`,
      rags.map((rag) => ({ label: ragLabels[rag], count: rollUp.counts.rag[rag], fill: fill[rag] })),
      width,
    ),
  ];
}
