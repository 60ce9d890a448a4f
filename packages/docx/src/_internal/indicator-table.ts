import { type Indicator, type IndicatorField, indicatorColumns, indicatorWideTable } from "@cja-kit/core";
import { AlignmentType, Paragraph, type Table, TableRow, TextRun } from "docx";
import { type MeasuredParagraph, rowHeight } from "./cell-measure";
import { contentWidths } from "./column-widths";
import { at, type Context, type Where } from "./context";
import { STYLE } from "./styles";
import { cell, table } from "./table";
import { textRuns } from "./text-runs";
import { trendWords } from "./trend-words";

/** Fields a reader of the report has no use for: the id is the data's, unit and direction show in the figures and the trend. */
const HIDDEN: ReadonlySet<IndicatorField> = new Set(["id", "unit", "direction"]);
const FIELD_OF = new Map(indicatorColumns.map((column) => [column.label, column.field]));

/** A column of the table: its heading, where its cells are in core's wide table, and what it holds. */
type TableColumn = { label: string; index: number; field?: IndicatorField };

/** The label of the column of trends in words. */
export const TREND_LABEL = "Trend";

const hasFigures = (indicator: Indicator) =>
  indicator.actual !== undefined || (indicator.series ?? []).length > 0;

function shownColumns(header: readonly string[]): TableColumn[] {
  return header.flatMap((label, index) => {
    const field = FIELD_OF.get(label);
    if (field !== undefined && HIDDEN.has(field)) return [];
    return [field === undefined ? { label, index } : { label, index, field }];
  });
}

/** Where a cell's text is in the indicators: a field, or the series point of its period. */
function cellWhere(indicator: Indicator, column: TableColumn, where: Where): Where {
  if (column.field !== undefined) return at(where, column.field);
  const point = (indicator.series ?? []).findIndex(
    (p) => column.label === p.period || column.label.startsWith(`${p.period} `),
  );
  return at(where, "series", point, "raw");
}

const measured = (text: string, bold = false): MeasuredParagraph[] => [{ text, indent: 0, bold }];

/** The period headings that carry footnote markers ("2016-17 7,8"), with the period and markers apart. */
function footnotedHeadings(indicators: readonly Indicator[]): Map<string, { period: string; notes: string }> {
  const headings = new Map<string, { period: string; notes: string }>();
  for (const point of indicators.flatMap((indicator) => indicator.series ?? []))
    if (point.footnotes !== undefined)
      headings.set(`${point.period} ${point.footnotes.join(",")}`, {
        period: point.period,
        notes: point.footnotes.join(","),
      });
  return headings;
}

/** The header row, repeated on every page: bold labels, a period's footnote markers raised as the source prints them. */
function headerRow(
  context: Context,
  indicators: readonly Indicator[],
  labels: readonly string[],
  widths: readonly number[],
  where: Where,
): TableRow {
  const footnoted = footnotedHeadings(indicators);
  const children = labels.map((label, i) => {
    const note = footnoted.get(label);
    const runs =
      note === undefined
        ? textRuns(context, label, at(where, i, "label"))
        : [
            ...textRuns(context, note.period, at(where, i, "label")),
            new TextRun({ text: note.notes, superScript: true }),
          ];
    return cell([new Paragraph({ style: STYLE.cellHeader, children: runs })], widths[i] ?? 0, {
      fill: context.options.colours.headerFill,
    });
  });
  return new TableRow({ tableHeader: true, cantSplit: true, keepNext: true, children });
}

/** The headings of the indicators' table: the fields shown, the periods as headed, and "Trend" where any has figures. */
export function indicatorTableLabels(indicators: readonly Indicator[]): string[] {
  const wide = indicatorWideTable(indicators).value;
  return [
    ...shownColumns(wide.header).map((column) => column.label),
    ...(indicators.some(hasFigures) ? [TREND_LABEL] : []),
  ];
}

/** An indicator with where it is in the document rendered, for the issues its text may raise. */
export type LocatedIndicator = { indicator: Indicator; where: Where };

/**
 * Indicators as a table, as a statistics table or a partnership's report sets them: the
 * indicator and its fields (type, reporting measure, data source, baseline, target, where any
 * has them), one column per period headed as the source heads it (footnote markers kept), each
 * figure as the source wrote it (`20,508`, `..`) and set to the right, and where any has figures
 * the trend in words. Widths come from the content; each row is kept on one page where it fits.
 */
export function indicatorTable(
  context: Context,
  items: readonly LocatedIndicator[],
  look: { width: number; rowRoom: number },
): Table {
  const indicators = items.map((item) => item.indicator);
  const wide = indicatorWideTable(indicators);
  const placeOf = (r: number) => items[r]?.where ?? { path: [] };
  context.issues.push(
    ...wide.issues.map((issue) => {
      const [, r, ...rest] = issue.path;
      return { ...issue, path: [...placeOf(Number(r)).path, ...rest] };
    }),
  );
  const columns = shownColumns(wide.value.header);
  const trends = indicators.some(hasFigures) ? indicators.map(trendWords) : undefined;
  const labels = [...columns.map((c) => c.label), ...(trends === undefined ? [] : [TREND_LABEL])];
  const texts = wide.value.rows.map((cells, r) => [
    ...columns.map((c) => cells[c.index] ?? ""),
    ...(trends === undefined ? [] : [trends[r] ?? ""]),
  ]);
  const size = context.options.tableSize;
  const widths = contentWidths(
    [labels.map((label) => measured(label, true)), ...texts.map((row) => row.map((text) => measured(text)))],
    look.width,
    size,
    look.rowRoom,
  );
  const rows = texts.map((row, r) => {
    const indicator = indicators[r] as Indicator;
    const place = placeOf(r);
    const fits =
      rowHeight(
        row.map((text) => measured(text)),
        widths,
        size,
      ) <= look.rowRoom;
    return new TableRow({
      ...(fits ? { cantSplit: true } : {}),
      children: row.map((text, i) => {
        const column = columns[i];
        const figure = column !== undefined && column.field === undefined;
        const runs =
          column === undefined
            ? textRuns({ ...context, issues: [] }, text, place)
            : textRuns(context, text, cellWhere(indicator, column, place));
        return cell(
          [
            new Paragraph({
              style: STYLE.cell,
              ...(figure ? { alignment: AlignmentType.RIGHT } : {}),
              children: runs,
            }),
          ],
          widths[i] ?? 0,
        );
      }),
    });
  });
  return table([headerRow(context, indicators, labels, widths, { path: ["columns"] }), ...rows], widths);
}
