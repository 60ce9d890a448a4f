import type { Indicator, Issue } from "@cja-kit/core";

/** An indicator's fields beyond core's table columns that a CSV keeps in columns of its own. */
export type ExtraKey = "actionNumber" | "frameworkIndicator" | "source";

/** The extra columns, in order, with their headings. */
export const extraColumns: ReadonlyArray<{ key: ExtraKey; label: string }> = [
  { key: "actionNumber", label: "Action number" },
  { key: "frameworkIndicator", label: "Framework indicator" },
  { key: "source", label: "Source" },
];

export const labelKey = (label: string): string => label.toLowerCase().replace(/[^a-z]/g, "");

/** An extra field's cell: a framework indicator as `framework:id` (`cj-opi-2016:1.3`). */
export function extraCell(indicator: Indicator, key: ExtraKey): string {
  if (key !== "frameworkIndicator") return indicator[key] ?? "";
  const ref = indicator.frameworkIndicator;
  return ref === undefined ? "" : `${ref.framework}:${ref.id}`;
}

/** The extra columns any of the indicators has a value for. */
export function usedExtras(indicators: readonly Indicator[]): Array<{ key: ExtraKey; label: string }> {
  return extraColumns.filter(({ key }) => indicators.some((indicator) => extraCell(indicator, key) !== ""));
}

/** The indicator with its extra cells read; a framework indicator not written `framework:id` is an issue, not guessed. */
export function withExtras(
  indicator: Indicator,
  cells: Partial<Record<ExtraKey, string>>,
  row: number,
): { indicator: Indicator; issues: Issue[] } {
  const read: Partial<Indicator> = {};
  const issues: Issue[] = [];
  for (const { key, label } of extraColumns) {
    const text = cells[key]?.trim() ?? "";
    if (text === "") continue;
    if (key !== "frameworkIndicator") read[key] = text;
    else {
      const match = /^([^:\s]+):(\S+)$/.exec(text);
      if (match?.[1] !== undefined && match[2] !== undefined)
        read.frameworkIndicator = { framework: match[1], id: match[2] };
      else issues.push(unreadableRef(text, label, row));
    }
  }
  return { indicator: { ...indicator, ...read }, issues };
}

function unreadableRef(text: string, label: string, row: number): Issue {
  return {
    code: "csv/unreadable-framework-indicator",
    severity: "warning",
    message: `"${text.slice(0, 80)}" is not a framework indicator written framework:id (such as cj-opi-2016:1.3); it was not read.`,
    path: ["frameworkIndicator"],
    row,
    column: label,
    actual: text.slice(0, 80),
  };
}
