import { assessIndicator, type Indicator, type IndicatorSet, type IndicatorStatus } from "@cja-kit/core";
import {
  type Cell,
  type NumberStyle,
  type SheetColumn,
  type SheetSpec,
  sheetColumns,
  text,
} from "./sheet-model";

type Line = { set: IndicatorSet; indicator: Indicator };
type IndicatorColumn = SheetColumn & { cell: (line: Line) => Cell | undefined };
type MeasureName = "target" | "actual" | "baseline";

const STATUS_WORDS: Readonly<Record<IndicatorStatus, string>> = {
  ok: "Target met",
  warning: "Warning",
  alert: "Alert",
  "data-only": "Data only",
  unknown: "No value",
};

const UNIT_STYLE: Readonly<Record<NonNullable<Indicator["unit"]>, NumberStyle>> = {
  percent: "percent",
  pounds: "money",
  count: "plain",
  days: "plain",
  ratio: "plain",
};

/** What the sheet shows for a figure, so a figure written otherwise keeps its wording in a column of its own. */
function shown(indicator: Indicator, value: number): string {
  switch (indicator.unit) {
    case "percent":
      return `${value}%`;
    case "pounds":
      return `£${value.toLocaleString("en-GB", { minimumFractionDigits: Number.isInteger(value) ? 0 : 2 })}`;
    default:
      return String(value);
  }
}

function measureColumns(name: MeasureName, label: string, lines: readonly Line[]): IndicatorColumn[] {
  const of = (line: Line) => line.indicator[name];
  const written = lines.some((line) => {
    const measure = of(line);
    return measure?.raw !== undefined && measure.raw.trim() !== shown(line.indicator, measure.value);
  });
  const value: IndicatorColumn = {
    label,
    width: 12,
    cell: (line) => {
      const measure = of(line);
      return measure === undefined
        ? undefined
        : {
            kind: "number",
            value: measure.value,
            style: line.indicator.unit === undefined ? "plain" : UNIT_STYLE[line.indicator.unit],
          };
    },
  };
  const raw: IndicatorColumn = {
    label: `${label} as written`,
    width: 16,
    cell: (line) => text(of(line)?.raw),
  };
  const period: IndicatorColumn = {
    label: `${label} period`,
    width: 12,
    cell: (line) => text(of(line)?.period),
  };
  return [
    value,
    ...(written ? [raw] : []),
    ...(lines.some((l) => of(l)?.period !== undefined) ? [period] : []),
  ];
}

function tolerance(indicator: Indicator): string | undefined {
  const t = indicator.tolerance;
  if (t === undefined) return undefined;
  return t.kind === "absolute" ? `${shown(indicator, t.value)} short of target` : `${t.value}% of target`;
}

/**
 * The indicators sheet: one row per indicator of each set, its figures as numbers in the
 * indicator's unit (percentages as percentages, pounds with £), the wording of a figure written
 * otherwise, the status `assessIndicator` gives in words with its reason, and where it comes from.
 */
export function indicatorSheet(sets: readonly IndicatorSet[]): SheetSpec {
  const lines = sets.flatMap((set) => set.indicators.map((indicator) => ({ set, indicator })));
  const all: IndicatorColumn[] = [
    { label: "Set", width: 28, cell: ({ set }) => text(set.title) },
    { label: "Id", width: 16, cell: ({ indicator }) => text(indicator.id) },
    { label: "Indicator", width: 40, cell: ({ indicator }) => text(indicator.name) },
    { label: "Unit", width: 9, cell: ({ indicator }) => text(indicator.unit) },
    {
      label: "Better when",
      width: 12,
      cell: ({ indicator }) => text(indicator.direction === "higher-is-better" ? "higher" : "lower"),
    },
    ...measureColumns("target", "Target", lines),
    { label: "Target scope", width: 12, cell: ({ indicator }) => text(indicator.target?.scope) },
    ...measureColumns("actual", "Actual", lines),
    ...measureColumns("baseline", "Baseline", lines),
    { label: "Tolerance", width: 18, cell: ({ indicator }) => text(tolerance(indicator)) },
    {
      label: "Status",
      width: 12,
      cell: ({ indicator }) => text(STATUS_WORDS[assessIndicator(indicator).status]),
    },
    { label: "Why", width: 40, cell: ({ indicator }) => text(assessIndicator(indicator).because) },
    { label: "Action", width: 10, cell: ({ indicator }) => text(indicator.actionNumber) },
    { label: "Outcome refs", width: 20, cell: ({ indicator }) => text(indicator.outcomeRefs?.raw) },
    { label: "Source", width: 20, cell: ({ indicator }) => text(indicator.source) },
  ];
  return {
    name: "Indicators",
    table: true,
    columns: sheetColumns(all),
    rows: lines.map((line) => all.map((column) => column.cell(line))),
  };
}
