import { guarded, isArrayOfObjects, isText, optional } from "../_internal/guard";
import { ActionField, type Column } from "../plan/column";

/**
 * A table's own column labels as lines `field: Label` (flags and extra columns `flag[key]: Label`),
 * the form a canonical table keeps them in one cell.
 *
 * @param columns - The columns.
 * @returns One line per column.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * formatColumnLabels([{ field: "timescale", label: "When will it be done by?" }]); // "timescale: When will it be done by?"
 * ```
 */
export function formatColumnLabels(columns: readonly Column[] | undefined): string {
  return guarded(
    "formatColumnLabels",
    () => [["columns", optional(isArrayOfObjects), columns]],
    () => formatColumnLabelsOf(columns),
  );
}

function formatColumnLabelsOf(columns: readonly Column[] | undefined): string {
  return (columns ?? [])
    .map((column) => `${column.field}${column.key === undefined ? "" : `[${column.key}]`}: ${column.label}`)
    .join("\n");
}

/**
 * Reads {@link formatColumnLabels}' form back; lines that do not name a field are returned as
 * unreadable, never guessed.
 *
 * @param text - The cell's text.
 * @returns The columns, and the lines that name no field.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * parseColumnLabels("lead: Lead responsibility\nfoo: Bar"); // { columns: [{ field: "lead", label: "Lead responsibility" }], unreadable: ["foo: Bar"] }
 * ```
 */
export function parseColumnLabels(text: string): { columns: Column[]; unreadable: string[] } {
  return guarded(
    "parseColumnLabels",
    () => [["text", isText, text]],
    () => parseColumnLabelsOf(text),
  );
}

function parseColumnLabelsOf(text: string): { columns: Column[]; unreadable: string[] } {
  const columns: Column[] = [];
  const unreadable: string[] = [];
  for (const line of text.split(/\r?\n|\r/).filter((l) => l.trim().length > 0)) {
    const match = /^([a-zA-Z]+)(?:\[([^\]]+)\])?: ?(.*)$/s.exec(line);
    const field = ActionField.safeParse(match?.[1]);
    const keyed = field.success && (field.data === "flag" || field.data === "extra");
    if (
      match === null ||
      !field.success ||
      keyed !== (match[2] !== undefined) ||
      /[\r\n]/.test(match[3] ?? "")
    ) {
      unreadable.push(line);
      continue;
    }
    const column: Column = { field: field.data, label: match[3] ?? "" };
    columns.push(match[2] === undefined ? column : { ...column, key: match[2] });
  }
  return { columns, unreadable };
}
