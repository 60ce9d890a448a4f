import {
  type ActionAssessment,
  type Column,
  cellContent,
  type PlanTableRow,
  type Theme,
} from "@cja-kit/core";
import { Paragraph, TableRow, TextRun } from "docx";
import { contentMeasures, type MeasuredParagraph, rowHeight } from "./cell-measure";
import { contentParagraphs } from "./content-paragraphs";
import { at, type Context } from "./context";
import { heading, themeHeading } from "./heading";
import { BOLD_FIRST, cellWhere, type RowPlace } from "./plan-cell";
import { ragMeasures, ragParagraphs } from "./rag-text";
import { STYLE } from "./styles";
import { cell, labelCells } from "./table";

/** What the rows of a plan's tables share: the context, page room, ratings and paths. */
export type RowsLook = {
  context: Context;
  /** Twips down the page a row may take and still be kept on one page. */
  rowRoom: number;
  assessmentOf?: (row: PlanTableRow) => ActionAssessment | undefined;
  ragReasons?: boolean;
  entries: Map<object, number>;
  themePaths: Map<Theme, ReadonlyArray<string | number>>;
};

/** A plan row's cells as measured, in the columns shown: what sets the widths and the row's height. */
export function rowMeasures(
  look: RowsLook,
  row: PlanTableRow,
  columns: readonly Column[],
): MeasuredParagraph[][] {
  const shown = { ...row, columns: [...columns] };
  const assessment = look.assessmentOf?.(row);
  return columns.map((column) => [
    ...contentMeasures(cellContent(column, shown), row.rowIndex === 0 && BOLD_FIRST.has(column.field)),
    ...(column.field === "progress" && assessment !== undefined
      ? ragMeasures(assessment, row.entry === undefined, look.ragReasons === true)
      : []),
  ]);
}

/**
 * A row of the action table: its cells in the columns shown, the progress cell shaded by its
 * rating with the rating in words. It is kept on one page unless it is taller than the room a
 * page has, when Word would cut it short rather than break it.
 */
export function dataRow(
  look: RowsLook,
  row: PlanTableRow,
  columns: readonly Column[],
  widths: readonly number[],
): TableRow {
  const { context } = look;
  const place: RowPlace = {
    actionPath: row.path,
    ...(row.entry === undefined ? {} : { entryIndex: look.entries.get(row.entry) ?? -1 }),
  };
  const assessment = look.assessmentOf?.(row);
  const shown = { ...row, columns: [...columns] };
  const fits = rowHeight(rowMeasures(look, row, columns), widths, context.options.tableSize) <= look.rowRoom;
  return new TableRow({
    ...(fits ? { cantSplit: true } : {}),
    children: columns.map((column, i) => {
      const where = cellWhere(column, row, place);
      const paragraphs = contentParagraphs(context, cellContent(column, shown), where, "cell", {
        boldFirst: row.rowIndex === 0 && BOLD_FIRST.has(column.field),
      });
      if (column.field !== "progress" || assessment === undefined) return cell(paragraphs, widths[i] ?? 0);
      const rag = ragParagraphs(context, assessment, row.entry === undefined, look.ragReasons === true);
      return cell([...paragraphs, ...rag], widths[i] ?? 0, {
        fill: context.options.colours.rag[assessment.rag],
      });
    }),
  });
}

/** A theme's full-width row: its heading, and its local outcomes under "Outcome", kept with the row after it. */
export function themeRow(
  look: RowsLook,
  theme: Theme,
  level: number,
  total: number,
  span: number,
): TableRow[] {
  const { context } = look;
  const where = { path: look.themePaths.get(theme) ?? [] };
  const text = themeHeading(theme);
  const outcomes = theme.localOutcomes ?? [];
  const children = [
    ...(text.length === 0 ? [] : [heading(context, level, text, at(where, "title"), { tight: true })]),
    ...(outcomes.length === 0
      ? []
      : [
          new Paragraph({ style: STYLE.cellHeader, children: [new TextRun("Outcome")] }),
          ...contentParagraphs(context, outcomes, at(where, "localOutcomes"), "cell"),
        ]),
  ];
  if (children.length === 0) return [];
  return [
    new TableRow({
      cantSplit: true,
      keepNext: true,
      children: [cell(children, total, { span, fill: context.options.colours.themeFill })],
    }),
  ];
}

/**
 * A header row in the body of a table, where the source's column wording changes (seed 002
 * writes "Time-scale" in some themes, "Timescale" in others): the new labels, as the header
 * looks, kept with the row after it; the table goes on, its columns lined up.
 */
export const subHeaderRow = (
  context: Context,
  labels: readonly string[],
  widths: readonly number[],
): TableRow =>
  new TableRow({
    cantSplit: true,
    keepNext: true,
    children: labelCells(context, labels, widths, { path: ["columns"] }),
  });
