import {
  type Column,
  canonicalCellText,
  type OutcomeRefList,
  outcomeCodesNeeded,
  type PlanLine,
  type PlanTableRow,
  type ProgressPart,
  type ThemePart,
} from "@cja-kit/core";
import { type Cell, figure, text } from "./sheet-model";

/** What a column of the plan sheet holds: a theme part, a plan column, a progress part, or the plan's own labels. */
export type PlanRole =
  | { kind: "theme"; level: number; part: Exclude<ThemePart, "heading">; framework: string }
  | { kind: "field"; column: Column }
  | { kind: "progress"; part: ProgressPart; key?: string }
  | { kind: "plan-columns" };
type FieldRole = Extract<PlanRole, { kind: "field" }>;

/**
 * Whether a theme's codes are written: only where the wording alone would not read back as its
 * references (West Dunbartonshire's "Section 4"), bare codes read in the plan's framework as the
 * reader takes them; the column is left out when no theme's are.
 */
function codesNeeded(refs: OutcomeRefList | undefined, framework: string): boolean {
  return refs !== undefined && refs.refs.length > 0 && outcomeCodesNeeded(refs, framework);
}

/** A pound amount as written ("£15,000", "£2,500.50") as a number cell showing the same; other wording as text. */
function pounds(raw: string): Cell | undefined {
  const amount = /^£(\d{1,3}(?:,\d{3})*)(\.\d\d)?$/.exec(raw);
  if (amount === null) return text(raw);
  const value = Number(`${(amount[1] ?? "").replace(/,/g, "")}${amount[2] ?? ""}`);
  return figure(raw, value, amount[2] === undefined ? '"£"#,##0' : '"£"#,##0.00');
}

/** A share done as a percentage cell: 40 shows as 40%, which the import reads back as 40. */
function percent(value: number | undefined): Cell | undefined {
  if (value === undefined) return undefined;
  return { kind: "number", value: value / 100, format: Number.isInteger(value) ? "0%" : "0.##########%" };
}

/** A field as the canonical layout holds it (core's canonical text), amounts and shares as number cells. */
function fieldCell(role: FieldRole, table: PlanTableRow, line: PlanLine): Cell | undefined {
  const { field } = role.column;
  if (field === "resources")
    return table.row.resources === undefined ? undefined : pounds(table.row.resources.raw);
  if (field === "percentComplete") return percent(table.entry?.percentComplete);
  return text(canonicalCellText(role, line));
}

/** The cell of one plan-sheet line under a column; `labels` is the plan's own column labels, given on the first line. */
export function planCell(role: PlanRole, line: PlanLine, labels: string | undefined): Cell | undefined {
  switch (role.kind) {
    case "theme":
      if (
        role.part === "outcomeCodes" &&
        !codesNeeded(line.themes[role.level - 1]?.outcomeRefs, role.framework)
      )
        return undefined;
      return text(canonicalCellText(role, line));
    case "field":
      return line.table === undefined ? undefined : fieldCell(role, line.table, line);
    case "progress":
      return text(canonicalCellText(role, line));
    case "plan-columns":
      return text(labels);
  }
}
