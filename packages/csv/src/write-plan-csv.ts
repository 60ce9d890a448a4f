import {
  type Column,
  headingRowsFit,
  type Issue,
  normaliseActionNumber,
  Plan,
  type PlanLine,
  type ProgressReturn,
  planActions,
  planLines,
  themeDepth,
} from "@cja-kit/core";
import { checkObject, guarded, isObject } from "./_internal/arguments";
import { cellText, headingText } from "./_internal/cell-text";
import { checkOptions, planWriteRules } from "./_internal/option-checks";
import { writeCsv } from "./_internal/stringify";
import { canonicalColumns, documentColumns, type WriteColumn } from "./_internal/write-columns";
import type { WritePlanCsvOptions } from "./csv-options";

function unplaced(plan: Plan, progress: ProgressReturn | undefined): Issue[] {
  const known = new Map(
    planActions(plan).map(({ action }) => [normaliseActionNumber(action.number), action.rows.length]),
  );
  return (progress?.entries ?? []).flatMap((entry, index): Issue[] => {
    const rows = known.get(normaliseActionNumber(entry.action));
    if (rows !== undefined && (entry.row ?? 0) < rows) return [];
    const message = `Progress for action ${entry.action}${entry.row === undefined ? "" : ` row ${entry.row + 1}`} has no row in the plan, so it is not in the file; write the return with writeProgressCsv to keep it.`;
    return [
      {
        code: "csv/progress-not-written",
        severity: "warning",
        message,
        path: ["entries", index],
        actionNumber: entry.action,
      },
    ];
  });
}

type Layout = { columns: WriteColumn[]; headings: boolean; canonical: boolean };

/** The columns and whether themes are heading rows: canonical, or the document's own columns (theme columns where heading rows would lose the nesting). */
function layoutOf(plan: Plan, lines: readonly PlanLine[], options: WritePlanCsvOptions): Layout {
  const layout = options.layout ?? "canonical";
  if (layout === "canonical")
    return { columns: canonicalColumns(plan, lines, options.progress), headings: false, canonical: true };
  const shown: readonly Column[] = layout === "document" ? plan.columns : layout;
  const headings = headingRowsFit(plan.themes, shown);
  const levels = headings ? 0 : themeDepth(plan.themes);
  return { columns: documentColumns(plan, shown, lines, levels), headings, canonical: false };
}

/** A row of a theme's own column labels under its heading, where they differ from the header's. */
function labelsLine(layout: Layout, line: PlanLine): string[] | undefined {
  const own = line.table === undefined && layout.headings ? line.themes.at(-1)?.columns : undefined;
  if (own === undefined) return undefined;
  const labels = layout.columns.map(({ role }) =>
    role.kind === "field"
      ? (own.find((o) => o.field === role.column.field && o.key === role.column.key)?.label ?? "")
      : "",
  );
  return labels.every((label, i) => label === layout.columns[i]?.label) ? undefined : labels;
}

function textRows(plan: Plan, lines: readonly PlanLine[], layout: Layout): string[][] {
  // The columns written are the columns in force: a lead cell shows partners unless one of them does.
  const inForce = layout.columns.flatMap((c) => (c.role.kind === "field" ? [c.role.column] : []));
  let first = true;
  return lines.flatMap((line): string[][] => {
    if (line.table === undefined && layout.headings) {
      const heading = layout.columns.map((_, i) => (i === 0 ? headingText(line.themes.at(-1) ?? {}) : ""));
      const labels = labelsLine(layout, line);
      return labels === undefined ? [heading] : [heading, labels];
    }
    const shown = line.table === undefined ? line : { ...line, table: { ...line.table, columns: inForce } };
    const where = { planColumns: plan.columns, first, canonical: layout.canonical };
    const row = layout.columns.map((column) => cellText(column, shown, where));
    first = false;
    return [row];
  });
}

/**
 * Writes a plan as CSV: one row per row of each action (an action with several operational details
 * has several rows; the action's own fields are on its first), with progress from a return beside
 * them. The canonical layout holds every field (the plan's own column labels in one cell of the
 * first row) and reads back exactly; the document layout uses the plan's own column labels, with
 * themes as heading rows where their numbers or labels keep the nesting (else a `Theme 1`, `Theme
 * 2`… column per level), a table's own labels as a row under its heading, unknown columns as
 * their own columns. Excel-ready by default; the document layout also keeps as text the values a
 * spreadsheet would rewrite (`protectValues`).
 *
 * @param plan - The plan.
 * @param options - Layout, progress, and how the file is written.
 * @returns The CSV text, a warning for any progress entry the plan has no row for
 *   (`csv/progress-not-written`) and for any cell longer than Excel's 32,767 characters
 *   (`csv/cell-too-long-for-spreadsheet`).
 * @throws CjaKitError `usage/invalid-argument` when `plan` is not a plan, or `options` is given and is not an object; an option of the wrong type (`maxColumns: -1`, `bom: "yes"`) is refused, naming it.
 * @example
 * ```ts
 * const { csv } = writePlanCsv(lothianBordersActionPlan2010_11, { progress: lothianBordersProgressYear2 });
 * ```
 */
export function writePlanCsv(
  plan: Plan,
  options: WritePlanCsvOptions = {},
): { csv: string; issues: Issue[] } {
  checkObject(plan, "plan", "writePlanCsv");
  checkObject(options, "options", "writePlanCsv");
  checkOptions(options, planWriteRules, "writePlanCsv");
  return guarded(
    "writePlanCsv",
    () => [
      ["plan", Plan, plan],
      ["options", isObject, options],
    ],
    () => planCsv(plan, options),
  );
}

function planCsv(plan: Plan, options: WritePlanCsvOptions): { csv: string; issues: Issue[] } {
  const canonical = (options.layout ?? "canonical") === "canonical";
  const draft = planLines(plan, options.progress, { headings: !canonical });
  const layout = layoutOf(plan, draft, options);
  const lines = layout.headings || canonical ? draft : planLines(plan, options.progress);
  const rows = [layout.columns.map((column) => column.label), ...textRows(plan, lines, layout)];
  const written = writeCsv(rows, { ...options, protectValues: options.protectValues ?? !canonical });
  return { csv: written.csv, issues: [...unplaced(plan, options.progress), ...written.issues] };
}
