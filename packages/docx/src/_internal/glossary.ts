import type { GlossaryEntry, Plan } from "@cja-kit/core";
import { type FileChild, Paragraph, TableRow } from "docx";
import { CELL_MARGIN, cellHeight, lineHeight } from "./cell-measure";
import { splitWidth } from "./column-widths";
import { at, type Context } from "./context";
import { heading } from "./heading";
import { STYLE } from "./styles";
import { cell, table } from "./table";
import { markedRuns, textRuns } from "./text-runs";

/** A glossary entry's row: the term in bold, its definition; kept on one page. */
function entryRow(context: Context, entry: GlossaryEntry, i: number, widths: readonly number[]): TableRow {
  const where = { path: ["glossary", "entries", i] };
  const paragraph = (text: string, field: string, bold: boolean) =>
    new Paragraph({
      style: STYLE.cell,
      children: textRuns(context, text, at(where, field), bold ? { bold } : {}),
    });
  return new TableRow({
    cantSplit: true,
    children: [
      cell([paragraph(entry.term, "term", true)], widths[0] ?? 0),
      cell(
        [
          entry.runs === undefined
            ? paragraph(entry.definition, "definition", false)
            : new Paragraph({
                style: STYLE.cell,
                children: markedRuns(context, entry.runs, at(where, "runs")),
              }),
        ],
        widths[1] ?? 0,
      ),
    ],
  });
}

/**
 * The glossary's entries in pages: as many as fit under the heading on the first page, then as
 * many as fit a page under each "continued" heading, as the source sets it (seed 002's
 * "GLOSSARY OF TERMS continued"). Heights are estimated in Arial's metrics, with room to spare.
 */
export function glossaryPages(
  context: Context,
  entries: readonly GlossaryEntry[],
  widths: readonly number[],
  height: number,
): number[][] {
  const size = context.options.tableSize;
  const room = (height - 2 * lineHeight(context.options.size + 6) - 600) * 0.9;
  const pages: number[][] = [[]];
  let used = 0;
  entries.forEach((entry, i) => {
    const term = [{ text: entry.term, indent: 0, bold: true }];
    const definition = [{ text: entry.definition, indent: 0, bold: false }];
    const tall =
      Math.max(cellHeight(term, widths[0] ?? 0, size), cellHeight(definition, widths[1] ?? 0, size)) +
      CELL_MARGIN.down;
    const page = pages[pages.length - 1] ?? [];
    if (used + tall > room && page.length > 0) {
      pages.push([i]);
      used = tall;
    } else {
      page.push(i);
      used += tall;
    }
  });
  return pages;
}

/**
 * The glossary as the source sets it: its heading, then a two-column table with the terms in
 * bold and no header row (the source has none), continued on the next page under the heading
 * and "continued" where it runs over.
 */
export function glossary(context: Context, plan: Plan, page: { width: number; height: number }): FileChild[] {
  const g = plan.glossary;
  if (g === undefined) return [];
  const widths = splitWidth([1, 3], page.width);
  const pages = glossaryPages(context, g.entries, widths, page.height);
  const where = { path: ["glossary", "heading"] };
  return pages.flatMap((indexes, p) => [
    p === 0
      ? heading(context, 1, g.heading, where, { pageBreakBefore: true })
      : new Paragraph({
          style: STYLE.continued,
          pageBreakBefore: true,
          children: textRuns(context, `${g.heading} continued`, where),
        }),
    table(
      indexes.map((i) => entryRow(context, g.entries[i] as GlossaryEntry, i, widths)),
      widths,
    ),
  ]);
}
