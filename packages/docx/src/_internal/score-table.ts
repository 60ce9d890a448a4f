import { AlignmentType, Paragraph, type Table, TableRow } from "docx";
import { rowHeight } from "./cell-measure";
import { contentWidths } from "./column-widths";
import { at, type Context, type Where } from "./context";
import { STYLE } from "./styles";
import { cell, headerRow, table } from "./table";
import { textRuns } from "./text-runs";

/** The heading of the column that says how a score moved. */
export const CHANGE_LABEL = "Change";

/**
 * How a self-assessment score moved from the first to the last, in words: "Up 1", "No change",
 * "Down 2", with a no-break space so the words stay on one line.
 */
export function changeWords(change: number | undefined): string {
  if (change === undefined) return "";
  if (change === 0) return "No\u00a0change";
  return `${change > 0 ? "Up" : "Down"}\u00a0${Math.abs(change)}`;
}

/** A row of scores: the outcome's heading (in a summary), its scores as written, the change, and where they are. */
export type ScoreRow = { heading?: string; scores: readonly string[]; change?: number; where: Where };

/**
 * A partnership's self-assessment scores as a table, as East Lothian's 2023-24 report sets them:
 * the outcome (in a summary of all outcomes), one column per assessment under the report's own
 * headings ("Reporting Year", "Reporting Year"), the scores as written and set to the right,
 * then how each moved in words ("Up 1", "No change"), so no reader has to work it out.
 */
export function scoreTable(
  context: Context,
  header: readonly string[],
  rows: readonly ScoreRow[],
  look: { width: number; rowRoom: number },
): Table {
  const labels = [...header, CHANGE_LABEL];
  const texts = rows.map((row) => [
    ...(row.heading === undefined ? [] : [row.heading]),
    ...row.scores,
    changeWords(row.change),
  ]);
  const first = rows.some((row) => row.heading !== undefined) ? 1 : 0;
  const size = context.options.tableSize;
  const measure = (text: string, bold = false) => [{ text, indent: 0, bold }];
  const widths = contentWidths(
    [labels.map((label) => measure(label, true)), ...texts.map((row) => row.map((text) => measure(text)))],
    first === 1 ? look.width : Math.min(look.width, labels.length * 1700),
    size,
    look.rowRoom,
  );
  const body = texts.map((row, r) => {
    const where = rows[r]?.where ?? { path: [] };
    const fits =
      rowHeight(
        row.map((text) => measure(text)),
        widths,
        size,
      ) <= look.rowRoom;
    return new TableRow({
      ...(fits ? { cantSplit: true } : {}),
      children: row.map((text, i) => {
        const figure = i >= first;
        const place = i < first ? at(where, "heading") : at(where, "selfAssessment", i - first, "raw");
        return cell(
          [
            new Paragraph({
              style: STYLE.cell,
              ...(figure ? { alignment: AlignmentType.RIGHT } : {}),
              children: textRuns(i === row.length - 1 ? { ...context, issues: [] } : context, text, place),
            }),
          ],
          widths[i] ?? 0,
        );
      }),
    });
  });
  return table([headerRow(context, labels, widths, { path: ["selfAssessmentHeadings"] }), ...body], widths);
}
