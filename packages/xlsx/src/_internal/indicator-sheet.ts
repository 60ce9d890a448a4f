import {
  figureStyle,
  type Indicator,
  type IndicatorSet,
  type Issue,
  indicatorColumns,
  indicatorDetailCells,
  indicatorDetailColumns,
  indicatorWideTable,
} from "@cja-kit/core";
import { figureCell } from "./figure-cell";
import { type Cell, filledColumns, type SheetColumn, type SheetSpec, text } from "./sheet-model";
import { SHEET_NAMES } from "./sheet-names";

const FIGURE_FIELDS = new Set(["Baseline", "Target"]);
const FIELD_LABELS = new Set(indicatorColumns.map((column) => column.label));

/** The style an indicator's figures are written in, learnt from its series (and its unit). */
const seriesStyle = (indicator: Indicator | undefined) =>
  figureStyle(
    (indicator?.series ?? []).map((point) => point.raw),
    indicator?.unit,
  );

function fieldWidth(label: string): number {
  if (label === "Indicator" || label === "Reporting Measure" || label === "Data Source") return 40;
  return FIGURE_FIELDS.has(label) ? 14 : 16;
}

/** The sheet's name for the set at `index`: "Indicators", then "Indicators (2)"… */
export const indicatorSheetName = (index: number) =>
  index === 0 ? SHEET_NAMES.indicators : `${SHEET_NAMES.indicators} (${index + 1})`;

/**
 * An indicators sheet: core's wide table of the set ("one column per year", the indicator's
 * fields first, each period headed as written with its footnote markers), figures as numbers in
 * the format of the series' style (`20,508` stays `20,508`, `94%` a percentage) and `..`, `*` or
 * any other wording as text exactly as written; then the details the wide table leaves out
 * (actual, target scope, tolerance, action, outcome references, framework indicator, source),
 * where any indicator has them, so the set reads back whole.
 */
export function indicatorSheet(set: IndicatorSet, index: number): { sheet: SheetSpec; issues: Issue[] } {
  const wide = indicatorWideTable(set.indicators);
  const details = set.indicators.map((indicator) => indicatorDetailCells(indicator));
  const columns: SheetColumn[] = [
    ...wide.value.header.map((label) => ({
      label,
      width: FIELD_LABELS.has(label) ? fieldWidth(label) : 11,
    })),
    ...indicatorDetailColumns.map(({ label }) => ({ label, width: label === "Source" ? 40 : 16 })),
  ];
  const rows = wide.value.rows.map((cells, r): Array<Cell | undefined> => {
    const style = seriesStyle(set.indicators[r]);
    const figures = cells.map((cell, c) => {
      const label = wide.value.header[c] ?? "";
      const isFigure = !FIELD_LABELS.has(label) || FIGURE_FIELDS.has(label);
      return isFigure ? figureCell(cell, style) : text(cell);
    });
    const more = indicatorDetailColumns.map(({ detail }) => {
      const cell = details[r]?.[detail] ?? "";
      return detail === "actual" ? figureCell(cell, style) : text(cell);
    });
    return [...figures, ...more];
  });
  const name = indicatorSheetName(index);
  const issues = wide.issues.map((issue) => ({
    ...issue,
    path: ["indicators", index, ...issue.path],
    sheet: name,
  }));
  return { sheet: { name, table: true, ...filledColumns(columns, rows) }, issues };
}
