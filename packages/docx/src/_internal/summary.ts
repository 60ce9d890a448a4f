import { canonicalStatuses, type RollUp, ragLabels, rags } from "@cja-kit/core";
import { type FileChild, Paragraph, TableRow, TextRun } from "docx";
import { splitWidth } from "./column-widths";
import type { Context } from "./context";
import { statusLabel } from "./status-label";
import { STYLE } from "./styles";
import { cell, headerRow, table } from "./table";

const text = (value: string, bold = false) =>
  new Paragraph({ style: STYLE.cell, children: [new TextRun({ text: value, bold })] });

/** A one-row table of counts under their labels, a total at the end, under a caption; cells shaded where given. */
function countTable(
  context: Context,
  caption: string,
  columns: ReadonlyArray<{ label: string; count: number; fill?: string }>,
  width: number,
): FileChild[] {
  const all = [...columns, { label: "Total", count: columns.reduce((sum, c) => sum + c.count, 0) }];
  const widths = splitWidth(
    all.map(() => 1),
    width,
  );
  const counts = new TableRow({
    cantSplit: true,
    children: all.map((c, i) =>
      cell(
        [text(String(c.count), c.label === "Total")],
        widths[i] ?? 0,
        "fill" in c && c.fill !== undefined ? { fill: c.fill } : {},
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
 * The summary: how many rows of the table have each status, and each rating (its name in the
 * header, its count shaded in its colour), in plain labels ("On track", "Not stated", "Amber").
 */
export function summaryTables(context: Context, rollUp: RollUp, width: number, unit: string): FileChild[] {
  const fill = context.options.colours.rag;
  return [
    ...countTable(
      context,
      `Status of the ${unit}`,
      canonicalStatuses.map((status) => ({
        label: statusLabel(status),
        count: rollUp.counts.status[status],
      })),
      width,
    ),
    ...countTable(
      context,
      `Rating of the ${unit}`,
      rags.map((rag) => ({ label: ragLabels[rag], count: rollUp.counts.rag[rag], fill: fill[rag] })),
      Math.round((width * 5) / 9),
    ),
  ];
}
