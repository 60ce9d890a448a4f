import type { FigureStyle, Indicator } from "@cja-kit/core";
import { Paragraph, TextRun } from "docx";
import type { RenderedDocx } from "../rendered-docx";
import { chartDescription, chartedPoints, chartSpan } from "./chart-description";
import { cleanText } from "./clean-text";
import type { Context } from "./context";
import { ChartRun } from "./deps/docx-charts";
import { docxOf } from "./docx-of";
import { figureStyleOf } from "./figure-style-of";
import { hasOwnParts } from "./stable-relationships";

/** Twips in a pixel at 96 pixels an inch, as docx sizes drawings. */
const TWIPS_PER_PIXEL = 15;
/** The widest a chart is drawn, in twips (6¼ inches): wider, a line of seven points reads no better. */
const MOST_WIDTH = 9000;

/** Numbers on the value axis as the source writes them: `#,##0` for `20,508`, `0"%"` for `94%`. */
export function numberFormat(style: FigureStyle): string {
  const whole = style.grouping ? "#,##0" : "0";
  const fraction = style.decimals > 0 ? `.${"0".repeat(style.decimals)}` : "";
  const quote = (text: string) => (text === "" ? "" : `"${text}"`);
  return `${quote(style.prefix)}${whole}${fraction}${quote(style.suffix)}`;
}

/** Numbers the charts of one document: figure numbers and drawing ids from 1, and how many so far. */
export type Figures = { next: () => number; count: () => number };

/** A counter of a document's figures. */
export function createFigures(): Figures {
  let count = 0;
  return { next: () => ++count, count: () => count };
}

/** The rendered document, marked as holding charts where it does, so packing numbers their parts stably. */
export function withFigures(rendered: RenderedDocx, figures: Figures): RenderedDocx {
  if (figures.count() > 0) hasOwnParts(docxOf(rendered).document);
  return rendered;
}

/**
 * An indicator's series as a line chart Word draws itself (a DrawingML chart, its figures kept in
 * the chart's workbook, so Word's "Edit Data" and a screen reader's chart navigation reach them),
 * with its caption above ("Figure 1: Orders commenced, 2010-11 to 2016-17") kept with it, and alt
 * text that states every figure and the trend. A point given as `..` is a gap in the line; the
 * value axis starts at zero unless a figure is negative.
 */
export function indicatorChart(
  context: Context,
  indicator: Indicator,
  look: { width: number; figures: Figures },
): Paragraph[] {
  // The indicator's table, which comes first, has warned of any text cleaned here.
  const quiet: Context = { ...context, issues: [] };
  const clean = (text: string) => cleanText(quiet, text, { path: [] });
  const points = chartedPoints(indicator);
  const number = look.figures.next();
  const name = clean(indicator.name);
  const caption = `Figure ${number}: ${name}, ${chartSpan(indicator)}`;
  const width = Math.min(look.width, MOST_WIDTH) / TWIPS_PER_PIXEL;
  const font = { name: context.options.font };
  const chart = new ChartRun({
    type: "line",
    categories: points.map((point) => clean(point.period)),
    series: [
      {
        name,
        values: points.map((point) =>
          point.value !== undefined && Number.isFinite(point.value) ? point.value : null,
        ),
        color: context.options.colours.accent,
        markers: true,
      },
    ],
    legend: false,
    font,
    // From zero where no figure is negative: a rise from 16,554 to 18,044 should not look like a fourfold one.
    valueAxis: {
      numberFormat: numberFormat(figureStyleOf(indicator)),
      ...(points.every((point) => (point.value ?? 0) >= 0) ? { minimum: 0 } : {}),
    },
    transformation: { width: Math.round(width), height: Math.round(width * 0.32) },
    altText: {
      id: String(number),
      name: caption,
      title: caption,
      description: clean(chartDescription(indicator)),
    },
  });
  return [
    new Paragraph({
      keepNext: true,
      keepLines: true,
      children: [new TextRun({ text: caption, bold: true })],
    }),
    new Paragraph({ keepLines: true, children: [chart] }),
  ];
}
