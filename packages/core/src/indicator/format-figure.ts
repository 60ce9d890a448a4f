import { guarded, has, isText, isTextArray, optional } from "../_internal/guard";
/**
 * How a source writes its figures: thousands grouped (`20,508`) or not, how many decimals, and a
 * prefix or suffix (`£`, `%`).
 *
 * @example
 * ```ts
 * const style: FigureStyle = { grouping: true, decimals: 0, prefix: "", suffix: "" };
 * ```
 */
export type FigureStyle = { grouping: boolean; decimals: number; prefix: string; suffix: string };

/** Whether `value` is a figure style `toFixed` can use: 0 to 100 decimals, prefix and suffix text. */
const isFigureStyle = (value: unknown): boolean =>
  has(value, "decimals", (d) => Number.isInteger(d) && (d as number) >= 0 && (d as number) <= 100) &&
  has(value, "prefix", isText) &&
  has(value, "suffix", isText);

/**
 * The style of a source's figures, learnt from how it wrote them: grouping when any figure of
 * five or more digits is grouped (`20,508`) or any figure is grouped at all, the most decimals any
 * figure has, `£` or `%` where the figures carry them.
 *
 * @param raws - Figures as written, e.g. a series' points.
 * @param unit - The indicator's unit, where known (it gives `%`, `£` or ` days` when no figure does).
 * @returns The style.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * figureStyle(["18,044", "19,746", ".."]); // { grouping: true, decimals: 0, prefix: "", suffix: "" }
 * ```
 */
export function figureStyle(raws: readonly string[], unit?: string): FigureStyle {
  return guarded(
    "figureStyle",
    () => [
      ["raws", isTextArray, raws],
      ["unit", optional(isText), unit],
    ],
    () => figureStyleOf(raws, unit),
  );
}

function figureStyleOf(raws: readonly string[], unit?: string): FigureStyle {
  const numbers = raws.map((raw) => raw.trim()).filter((raw) => /\d/.test(raw));
  const decimals = Math.max(0, ...numbers.map((raw) => /\.(\d+)/.exec(raw)?.[1]?.length ?? 0));
  const percent = numbers.some((raw) => raw.endsWith("%")) || unit === "percent";
  const pounds = numbers.some((raw) => raw.includes("£")) || unit === "pounds";
  return {
    grouping: numbers.some((raw) => /\d,\d{3}/.test(raw)) || (numbers.length === 0 && pounds),
    decimals,
    prefix: pounds ? "£" : "",
    suffix: percent ? "%" : unit === "days" ? " days" : "",
  };
}

/**
 * A number written in a source's style: `20508` as `20,508` where the source groups thousands.
 *
 * @param value - The number.
 * @param style - The style, from {@link figureStyle}.
 * @returns The figure as the source would write it.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * formatFigure(20508, { grouping: true, decimals: 0, prefix: "", suffix: "" }); // "20,508"
 * formatFigure(-9, { grouping: false, decimals: 0, prefix: "", suffix: "%" }); // "-9%"
 * ```
 */
export function formatFigure(value: number, style: FigureStyle): string {
  return guarded(
    "formatFigure",
    () => [
      ["value", (v) => typeof v === "number", value],
      ["style", isFigureStyle, style],
    ],
    () => formatFigureOf(value, style),
  );
}

function formatFigureOf(value: number, style: FigureStyle): string {
  const digits = Math.abs(value).toFixed(style.decimals);
  const [whole = "", fraction] = digits.split(".");
  const grouped = style.grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  const sign = value < 0 ? "-" : "";
  return `${sign}${style.prefix}${grouped}${fraction === undefined ? "" : `.${fraction}`}${style.suffix}`;
}
