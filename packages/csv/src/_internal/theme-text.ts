import { type ActionField, ActionField as ActionFieldSchema, type Column } from "@cja-kit/core";

/** A theme's own column labels as lines "field: Label" (flags "flag[key]: Label"). */
export function formatColumnLabels(columns: readonly Column[] | undefined): string {
  return (columns ?? [])
    .map((column) => `${column.field}${column.key === undefined ? "" : `[${column.key}]`}: ${column.label}`)
    .join("\n");
}

/** Reads {@link formatColumnLabels}' form back; lines that do not name a field are returned as unreadable. */
export function parseColumnLabels(text: string): { columns: Column[]; unreadable: string[] } {
  const columns: Column[] = [];
  const unreadable: string[] = [];
  for (const line of text.split(/\r?\n|\r/).filter((l) => l.trim().length > 0)) {
    const match = /^([a-zA-Z]+)(?:\[([^\]]+)\])?: ?(.*)$/s.exec(line);
    const field = ActionFieldSchema.safeParse(match?.[1]);
    if (match === null || !field.success) {
      unreadable.push(line);
      continue;
    }
    const column: Column = { field: field.data as ActionField, label: match[3] ?? "" };
    columns.push(match[2] === undefined ? column : { ...column, key: match[2] });
  }
  return { columns, unreadable };
}

/** A theme heading as written in a document's first column: its number, then the rest. */
export function splitHeading(text: string): { number?: string; title?: string } {
  const match = /^(\d+(?:\.\d+)*\.?)(?:\s+(.*))?$/s.exec(text.trim());
  if (match === null) return text.trim().length === 0 ? {} : { title: text.trim() };
  const title = match[2]?.trim();
  return title === undefined || title.length === 0
    ? { number: match[1] ?? "" }
    : { number: match[1] ?? "", title };
}

/** How deep a numbered heading sits: "2." is 1, "2.3" is 2. */
export function headingDepth(number: string): number {
  return number.replace(/\.$/, "").split(".").length;
}

/** Outcome references written in a theme heading: a trailing "(A1-A5; B1-B5)" or a leading "National Outcome 9". */
export function refsInHeading(title: string): string | undefined {
  return (
    /\(([A-Z]\d?[^()]*)\)\s*$/.exec(title)?.[0]?.trim() ??
    /^National Outcomes? \d+(?:\s*(?:,|and|&)\s*\d+)*/i.exec(title)?.[0]
  );
}
