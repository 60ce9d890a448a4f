import { type FigureStyle, figureStyle, parseFigure } from "@cja-kit/core";
import { type Cell, figure } from "./sheet-model";

const quote = (text: string) => (text.length === 0 ? "" : `"${text.replace(/"/g, '""')}"`);

/** The Excel number format that writes numbers in a figure style, and the factor the value is stored at (1/100 for a percentage). */
export function figureFormat(style: FigureStyle): { format: string; scale: number } {
  const digits = `${style.grouping ? "#,##0" : "0"}${style.decimals > 0 ? `.${"0".repeat(style.decimals)}` : ""}`;
  if (style.suffix === "%") return { format: `${quote(style.prefix)}${digits}%`, scale: 0.01 };
  return { format: `${quote(style.prefix)}${digits}${quote(style.suffix)}`, scale: 1 };
}

function styled(raw: string, value: number, style: FigureStyle): Cell | undefined {
  const { format, scale } = figureFormat(style);
  return figure(raw, value * scale, format);
}

/**
 * A figure as written (`20,508`, `94%`, `£1,200`, `..`, `*`) as a cell: a number in the format of
 * its series' style (`figureStyle`), else in its own style, where that format shows it exactly as
 * written; otherwise the wording as text (markers such as `..` and `*` always are).
 */
export function figureCell(raw: string, series: FigureStyle): Cell | undefined {
  if (raw.length === 0) return undefined;
  const value = parseFigure(raw).value.value;
  if (value === undefined) return { kind: "text", text: raw };
  const shared = styled(raw, value, series);
  return shared?.kind === "number" ? shared : styled(raw, value, figureStyle([raw]));
}
