import { type FigureStyle, figureStyle, type Indicator } from "@cja-kit/core";

/** Figures that read as numbers (`20,508`, `94%`, `£1,200`), not markers such as `..`. */
const NUMERIC = /^[-£\d.,\s%]+$/;

/**
 * How an indicator's source writes its figures, learnt from every figure it gives (series,
 * latest, baseline, target), so a change or an axis label is written the same way: `2,464`
 * where the source writes `20,508`.
 */
export function figureStyleOf(indicator: Indicator): FigureStyle {
  const raws = [
    indicator.actual?.raw,
    indicator.target?.raw,
    indicator.baseline?.raw,
    ...(indicator.series ?? []).map((point) => point.raw),
  ].filter((raw): raw is string => raw !== undefined && NUMERIC.test(raw.trim()) && /\d/.test(raw));
  return figureStyle(raws, indicator.unit);
}
