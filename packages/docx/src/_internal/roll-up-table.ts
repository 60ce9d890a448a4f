import { formatCalendarDate, type RollUp, ragLabels } from "@cja-kit/core";
import { Paragraph, type Table, TableRow } from "docx";
import { type MeasuredParagraph, rowHeight } from "./cell-measure";
import { contentWidths } from "./column-widths";
import { at, type Context, type Where } from "./context";
import { type NumberedSource, sourcesOf } from "./roll-up-sources";
import { STYLE } from "./styles";
import { cell, headerRow, table } from "./table";
import { textRuns } from "./text-runs";

/** The column labels, the first naming what is rolled up ("Outcome", "Theme"). */
const labelsFor = (noun: string) => [
  noun,
  "Rating",
  "Red",
  "Amber",
  "Green",
  "Not rated",
  "Actions rated",
  "Returns (assessed at)",
];

/** A cell's lines: its text, bold or in italics. */
type Line = { text: string; bold?: boolean; italics?: boolean };

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** How much of the group was rated: "17 of 18 (94%)", or that no action serves it. */
const coverage = (r: RollUp): string =>
  r.total === 0 ? "No actions" : `${r.rated} of ${r.total} (${percent(r.coverage)})`;

/** The lines of each cell of a roll-up's row, in the order of the labels. */
function rowLines(r: RollUp, sources: readonly NumberedSource[]): Line[][] {
  const { red, amber, green } = r.counts.rag;
  return [
    [{ text: r.label }],
    [
      { text: ragLabels[r.rag], bold: true },
      ...(r.lowCoverage ? [{ text: "Low coverage", italics: true }] : []),
    ],
    [{ text: String(red) }],
    [{ text: String(amber) }],
    [{ text: String(green) }],
    [{ text: String(r.total - r.rated) }],
    [{ text: coverage(r) }],
    // A source's number and date are kept on one line: the column is as wide as they need.
    sourcesOf(r, sources).map((s) => ({
      text: `${s.number}: ${formatCalendarDate(s.at)}`.replace(/ /g, "\u00a0"),
    })),
  ];
}

const measured = (lines: readonly Line[]): MeasuredParagraph[] =>
  lines.map((line) => ({ text: line.text, indent: 0, bold: line.bold === true }));

function rowOf(
  context: Context,
  r: RollUp,
  lines: readonly Line[][],
  widths: readonly number[],
  where: Where,
  keepNext: boolean,
) {
  return new TableRow({
    cantSplit: true,
    ...(keepNext ? { keepNext } : {}),
    children: lines.map((cellLines, i) =>
      cell(
        cellLines.map(
          (line) =>
            new Paragraph({
              style: STYLE.cell,
              children: textRuns(context, line.text, i === 0 ? at(where, "label") : where, {
                ...(line.bold === true ? { bold: true } : {}),
                ...(line.italics === true ? { italics: true } : {}),
              }),
            }),
        ),
        widths[i] ?? 0,
        i === 1 ? { fill: context.options.colours.rag[r.rag] } : {},
      ),
    ),
  });
}

/** What a report's roll-up tables share: their sources, page size, the word for a group, and widths. */
export type RollUpTables = {
  sources: readonly NumberedSource[];
  height: number;
  noun: string;
  widths: readonly number[];
};

const cellsOf = (rollUps: readonly RollUp[], sources: readonly NumberedSource[], noun: string) => [
  labelsFor(noun).map((label) => [{ text: label, indent: 0, bold: true }]),
  ...rollUps.map((r) => rowLines(r, sources).map(measured)),
];

/** The column widths of every roll-up table of a report, from all their rows, so they line up. */
export const rollUpWidths = (
  context: Context,
  rollUps: readonly RollUp[],
  look: { sources: readonly NumberedSource[]; noun: string; width: number },
): number[] =>
  contentWidths(cellsOf(rollUps, look.sources, look.noun), look.width, context.options.tableSize);

/**
 * A group's table: a row per roll-up with its rating in words on its colour, the counts of red,
 * amber, green and not-rated actions, how many of its actions were rated, and the returns it
 * comes from by their number in the report's list, each with the date it was assessed at.
 * A table shorter than half the page (`height`) is kept on one page.
 */
export function rollUpTable(
  context: Context,
  rollUps: readonly RollUp[],
  look: RollUpTables,
  where: Where,
): Table {
  const { widths, height, noun, sources } = look;
  const lines = rollUps.map((r) => rowLines(r, sources));
  const size = context.options.tableSize;
  const tall = cellsOf(rollUps, sources, noun).reduce((sum, row) => sum + rowHeight(row, widths, size), 0);
  const together = tall <= height / 2;
  return table(
    [
      headerRow(context, labelsFor(noun), widths, at(where, "columns")),
      ...rollUps.map((r, i) =>
        rowOf(context, r, lines[i] ?? [], widths, at(where, i), together && i < rollUps.length - 1),
      ),
    ],
    [...widths],
  );
}
