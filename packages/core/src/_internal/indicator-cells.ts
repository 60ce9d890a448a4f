import type { Indicator, SeriesPoint } from "../indicator/indicator";
import type { IndicatorField } from "../indicator/indicator-columns";
import { indicatorTypeLabels, parseIndicatorType } from "../indicator/indicator-type";
import { parseFigure } from "../indicator/parse-figure";
import type { Issue } from "../issue/issue";
import { parseReportingPeriod } from "../period/parse-reporting-period";

/** A figure with its period in brackets: `94% (2009-10)`; empty for none. */
export const measureText = (measure?: { value: number; raw?: string; period?: string }) =>
  measure === undefined
    ? ""
    : `${measure.raw ?? String(measure.value)}${measure.period === undefined ? "" : ` (${measure.period})`}`;

/** An indicator's fields before the figures, as table cells. */
export function indicatorCells(indicator: Indicator): Record<IndicatorField, string> {
  return {
    id: indicator.id,
    name: indicator.name,
    type: indicator.type === undefined ? "" : indicatorTypeLabels[indicator.type],
    measure: indicator.measure ?? "",
    dataSource: indicator.dataSource ?? "",
    unit: indicator.unit ?? "",
    direction: indicator.direction ?? "",
    baseline: measureText(indicator.baseline),
    target: measureText(indicator.target),
  };
}

/** A period heading as written, footnote markers apart: "2016-17 7,8" is 2016-17 with notes 7 and 8. */
export function periodHeading(text: string): Pick<SeriesPoint, "period" | "reportingPeriod" | "footnotes"> {
  const heading = text.trim();
  const whole = parseReportingPeriod(heading);
  if (whole.ok) return { period: heading, reportingPeriod: whole.value };
  const notes = /^(.*\S)\s+(\d{1,2}(?:\s*,\s*\d{1,2})*)$/.exec(heading);
  const bare = notes === null ? undefined : parseReportingPeriod(notes[1] ?? "");
  if (notes === null || bare === undefined || !bare.ok) return { period: heading };
  return {
    period: notes[1] ?? heading,
    reportingPeriod: bare.value,
    footnotes: (notes[2] ?? "").split(",").map((note) => note.trim()),
  };
}

/** The heading a point's period is written under: the period, then its footnote markers. */
export function headingOf(point: Pick<SeriesPoint, "period" | "footnotes">): string {
  return point.footnotes === undefined ? point.period : `${point.period} ${point.footnotes.join(",")}`;
}

/** A series point from a period heading and a cell, with the cell's issues. */
export function pointFrom(heading: string, cell: string): { point: SeriesPoint; issues: Issue[] } {
  const figure = parseFigure(cell);
  return { point: { ...periodHeading(heading), ...figure.value }, issues: figure.issues };
}

/** An indicator's fields from table cells; unreadable type, unit or direction are issues, the text kept in `name`'s neighbours. */
export function indicatorFrom(
  cells: Partial<Record<IndicatorField, string>>,
  fallbackId: string,
): { indicator: Indicator; issues: Issue[] } {
  const issues: Issue[] = [];
  const text = (field: IndicatorField) => {
    const value = cells[field]?.trim() ?? "";
    return value === "" ? undefined : value;
  };
  const typeText = text("type");
  const type = typeText === undefined ? undefined : parseIndicatorType(typeText);
  if (typeText !== undefined && type === undefined)
    issues.push(
      unreadable(
        "type",
        typeText,
        "an indicator type (Quantitative, Contextual, Change and Impact, National, Local)",
      ),
    );
  const unit = oneOf(text("unit"), ["percent", "count", "pounds", "days", "ratio"] as const, issues, "unit");
  const direction = oneOf(
    text("direction"),
    ["higher-is-better", "lower-is-better"] as const,
    issues,
    "direction",
  );
  const indicator: Indicator = {
    id: text("id") ?? fallbackId,
    name: text("name") ?? text("id") ?? fallbackId,
    ...(type === undefined ? {} : { type }),
    ...(text("measure") === undefined ? {} : { measure: text("measure") }),
    ...(text("dataSource") === undefined ? {} : { dataSource: text("dataSource") }),
    ...(unit === undefined ? {} : { unit }),
    ...(direction === undefined ? {} : { direction }),
    ...measureFrom("baseline", text("baseline"), issues),
    ...measureFrom("target", text("target"), issues),
  };
  return { indicator, issues };
}

function oneOf<T extends string>(
  value: string | undefined,
  options: readonly T[],
  issues: Issue[],
  field: IndicatorField,
): T | undefined {
  if (value === undefined) return undefined;
  const found = options.find((option) => option === value.toLowerCase().replace(/\s+/g, "-"));
  if (found === undefined) issues.push(unreadable(field, value, options.join(" or ")));
  return found;
}

/**
 * A baseline, target or actual value from its cell: a figure, or a figure followed by words ("50%
 * take-up by end of year 1": 50, the whole kept as written), with its period in brackets.
 */
export function measureFrom(
  field: "baseline" | "target" | "actual",
  text: string | undefined,
  issues: Issue[],
) {
  if (text === undefined) return {};
  const match = /^(.*?)(?:\s*\(([^()]+)\))?$/.exec(text);
  const written = match?.[1] ?? text;
  const figure = parseFigure(written);
  const leading = figure.value.value ?? leadingFigure(written);
  if (leading === undefined) {
    issues.push(unreadable(field, text, "a figure such as 85% or 1,200, with its period in brackets if any"));
    return {};
  }
  const period = match?.[2];
  return {
    [field]: {
      value: leading,
      raw: written,
      ...(period === undefined ? {} : { period }),
    },
  };
}

/** The number of a figure that words follow ("50% take-up by end of year 1"); undefined when the wording does not start with one. */
function leadingFigure(text: string): number | undefined {
  const lead = /^([-−]?£?\d[\d,]*(?:\.\d+)?%?)\s+\D/.exec(text.trim());
  return lead === null ? undefined : parseFigure(lead[1] ?? "").value.value;
}

function unreadable(field: IndicatorField | "actual", text: string, expected: string): Issue {
  return {
    code: "indicator/unreadable-field",
    severity: "warning",
    message: `The ${field} "${text.slice(0, 200)}" is not read as ${expected}; it is left out of the indicator.`,
    path: [field],
    actual: text.slice(0, 200),
  };
}
