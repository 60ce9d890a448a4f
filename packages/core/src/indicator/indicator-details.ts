import { guarded, isObject, optional } from "../_internal/guard";
import { measureFrom, measureText } from "../_internal/indicator-cells";
import type { Issue, Parsed } from "../issue/issue";
import { parseOutcomeRefs } from "../outcome-ref/parse-outcome-refs";
import type { OutcomeRegistry } from "../taxonomy/outcome-registry";
import { Indicator } from "./indicator";

/**
 * A detail of an indicator that the wide and long tables leave out (they show what a published
 * table shows): the latest value apart from a series, the target's scope, the tolerance, the
 * action that reports it, its outcome references, the framework indicator it reports, and where
 * its figures come from.
 *
 * @example
 * ```ts
 * const detail: IndicatorDetail = "actionNumber";
 * ```
 */
export type IndicatorDetail =
  | "actual"
  | "targetScope"
  | "tolerance"
  | "actionNumber"
  | "outcomeRefs"
  | "frameworkIndicator"
  | "source";

/**
 * The columns of an indicator's details, with the labels core writes and reads (case and spacing
 * aside): Actual, Target scope, Tolerance, Action, Outcome refs, Framework indicator, Source. A
 * table that must hold every field of an indicator (a workbook read back, a CSV kept for the
 * data) adds them to the wide or long table's columns; adapters take the labels from here.
 *
 * @example
 * ```ts
 * indicatorDetailColumns.map((column) => column.label).slice(0, 2); // ["Actual", "Target scope"]
 * ```
 */
export const indicatorDetailColumns: ReadonlyArray<{ detail: IndicatorDetail; label: string }> = [
  { detail: "actual", label: "Actual" },
  { detail: "targetScope", label: "Target scope" },
  { detail: "tolerance", label: "Tolerance" },
  { detail: "actionNumber", label: "Action" },
  { detail: "outcomeRefs", label: "Outcome refs" },
  { detail: "frameworkIndicator", label: "Framework indicator" },
  { detail: "source", label: "Source" },
];

function toleranceText(tolerance: Indicator["tolerance"]): string {
  if (tolerance === undefined) return "";
  return tolerance.kind === "absolute" ? String(tolerance.value) : `${tolerance.value}% of target`;
}

/**
 * An indicator's details as table cells, each empty where the indicator has none: the actual
 * value as written with its period in brackets (`94% (2009-10)`), `national` or `local`, the
 * tolerance (`5`, or `10% of target`), the action number, the outcome references and the source
 * as written, the framework indicator as framework and id (`cj-opi-2016 1.3`).
 *
 * @param indicator - The indicator.
 * @returns One cell per detail.
 * @throws CjaKitError `usage/invalid-argument` when `indicator` is not an indicator (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * indicatorDetailCells(icm).tolerance; // "5"
 * ```
 */
export function indicatorDetailCells(indicator: Indicator): Record<IndicatorDetail, string> {
  return guarded(
    "indicatorDetailCells",
    () => [["indicator", Indicator, indicator]],
    () => ({
      actual: measureText(indicator.actual),
      targetScope: indicator.target?.scope ?? "",
      tolerance: toleranceText(indicator.tolerance),
      actionNumber: indicator.actionNumber ?? "",
      outcomeRefs: indicator.outcomeRefs?.raw ?? "",
      frameworkIndicator:
        indicator.frameworkIndicator === undefined
          ? ""
          : `${indicator.frameworkIndicator.framework} ${indicator.frameworkIndicator.id}`,
      source: indicator.source ?? "",
    }),
  );
}

/**
 * Options for {@link indicatorWithDetails}: the framework a bare outcome code belongs to, and the
 * registry the framework indicator is looked up in.
 *
 * @example
 * ```ts
 * const options: IndicatorDetailOptions = { framework: "nab-2008" };
 * ```
 */
export type IndicatorDetailOptions = { framework?: string; registry?: OutcomeRegistry };

function unreadable(detail: IndicatorDetail, text: string, expected: string): Issue {
  return {
    code: "indicator/unreadable-field",
    severity: "warning",
    message: `The ${detail} "${text.slice(0, 200)}" is not read as ${expected}; it is left out of the indicator.`,
    path: [detail],
    actual: text.slice(0, 200),
  };
}

function tolerance(text: string, issues: Issue[]): Pick<Indicator, "tolerance"> {
  const match = /^(\d+(?:\.\d+)?)\s*(%\s*of\s*target)?$/i.exec(text);
  if (match === null) {
    issues.push(unreadable("tolerance", text, "a tolerance such as 5 or 10% of target"));
    return {};
  }
  const kind = match[2] === undefined ? "absolute" : "percent-of-target";
  return { tolerance: { kind, value: Number(match[1]) } };
}

function targetScope(indicator: Indicator, text: string, issues: Issue[]): Pick<Indicator, "target"> {
  const scope = text.toLowerCase();
  if ((scope !== "national" && scope !== "local") || indicator.target === undefined) {
    const why =
      indicator.target === undefined ? "the scope of a target (the indicator has none)" : "national or local";
    issues.push(unreadable("targetScope", text, why));
    return {};
  }
  return { target: { ...indicator.target, scope } };
}

function frameworkIndicator(text: string, issues: Issue[]): Pick<Indicator, "frameworkIndicator"> {
  const match = /^(\S+)\s+(\S.*)$/.exec(text);
  if (match === null) {
    issues.push(
      unreadable("frameworkIndicator", text, "a framework and an indicator id, such as cj-opi-2016 1.3"),
    );
    return {};
  }
  return { frameworkIndicator: { framework: match[1] ?? "", id: (match[2] ?? "").trim() } };
}

function detailsOf(
  indicator: Indicator,
  cells: Partial<Record<IndicatorDetail, string>>,
  options: IndicatorDetailOptions,
): Parsed<Indicator> {
  const issues: Issue[] = [];
  const cell = (detail: IndicatorDetail) => cells[detail]?.trim() ?? "";
  const refs = (text: string) => {
    const read = parseOutcomeRefs(text, options);
    issues.push(...read.issues.map((issue) => ({ ...issue, path: ["outcomeRefs", ...issue.path] })));
    return { outcomeRefs: read.value };
  };
  const value: Indicator = {
    ...indicator,
    ...(cell("actual") === "" ? {} : measureFrom("actual", cell("actual"), issues)),
    ...(cell("targetScope") === "" ? {} : targetScope(indicator, cell("targetScope"), issues)),
    ...(cell("tolerance") === "" ? {} : tolerance(cell("tolerance"), issues)),
    ...(cell("actionNumber") === "" ? {} : { actionNumber: cell("actionNumber") }),
    ...(cell("outcomeRefs") === "" ? {} : refs(cells.outcomeRefs ?? "")),
    ...(cell("frameworkIndicator") === "" ? {} : frameworkIndicator(cell("frameworkIndicator"), issues)),
    ...(cell("source") === "" ? {} : { source: cells.source ?? "" }),
  };
  return { value, issues };
}

/**
 * An indicator with its details read from table cells ({@link indicatorDetailCells}' form): the
 * actual value read as a figure with its period, the target's scope (the indicator must have a
 * target), the tolerance, the action number, the outcome references read in `framework`, the
 * framework indicator and the source, each kept as written. A cell that cannot be read is left
 * out with a warning, never guessed.
 *
 * @param indicator - The indicator read from the table's other columns.
 * @param cells - Its detail cells; empty or missing ones give nothing.
 * @param options - The framework bare outcome codes belong to (default "nab-2008") and the registry.
 * @returns The indicator with its details, and `indicator/unreadable-field` warnings and outcome
 *   reference issues (their `path` from the indicator).
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * indicatorWithDetails(indicator, { actionNumber: "6.1", tolerance: "5" }).value.tolerance; // { kind: "absolute", value: 5 }
 * ```
 */
export function indicatorWithDetails(
  indicator: Indicator,
  cells: Partial<Record<IndicatorDetail, string>>,
  options: IndicatorDetailOptions = {},
): Parsed<Indicator> {
  return guarded(
    "indicatorWithDetails",
    () => [
      ["indicator", Indicator, indicator],
      ["cells", isObject, cells],
      ["options", optional(isObject), options],
    ],
    () => detailsOf(indicator, cells, options ?? {}),
  );
}
