import { type FileChild, Paragraph } from "docx";
import { hasChart } from "./chart-description";
import type { Context } from "./context";
import { type Figures, indicatorChart } from "./indicator-chart";
import { indicatorTables, type LocatedIndicator } from "./indicator-table";
import { STYLE } from "./styles";

/** How a set of indicators is laid out: the width and row room of the page, figure numbers, charts or not. */
export type IndicatorLook = { width: number; rowRoom: number; figures: Figures; charts: boolean };

/**
 * Indicators as a report sets them: the table of figures with the trend of each in words, what
 * goes under it (a source line), then a chart of each series with three or more figures, in the
 * table's order.
 */
export function indicatorSection(
  context: Context,
  items: readonly LocatedIndicator[],
  look: IndicatorLook,
  under: readonly FileChild[] = [],
): FileChild[] {
  if (items.length === 0) return [];
  const charts = look.charts ? items.map((item) => item.indicator).filter(hasChart) : [];
  return [
    ...indicatorTables(context, items, look),
    ...under,
    new Paragraph({ style: STYLE.small, children: [] }),
    ...charts.flatMap((indicator) => indicatorChart(context, indicator, look)),
  ];
}
