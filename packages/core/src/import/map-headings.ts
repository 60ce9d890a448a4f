import type { Issue, Parsed } from "../issue/issue";
import type { Column } from "../plan/column";
import { headingKey } from "../plan/match-field";
import { closestHeading } from "./_internal/closest-heading";
import type { ColumnRole, HeadingMap, MappedColumn, TableLayout } from "./column-role";
import type { HeadingMatcher, RoleMatch } from "./heading-role";
import type { TableSettings } from "./import-options";

/** Headings that name the number alone, else the action's wording, else its detail. */
const AMBIGUOUS: ReadonlyMap<string, ReadonlyArray<"number" | "title" | "detail">> = /* @__PURE__ */ (() =>
  new Map([[headingKey("Action"), ["number", "title", "detail"] as const]]))();

/** Keys no object may be given: a JSON reader refuses them and plain objects treat them specially. */
const RESERVED = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);

type Draft = { index: number; label: string; match: RoleMatch | undefined; note?: string };

/**
 * What a kind of table does with a column none of its headings names (an unknown heading, a
 * second column for a field, cells beyond the heading row): keeps the cells (`where` says where,
 * for the issue and the mapping report) or reads none of them (`where` says why).
 */
export type ExtraColumns = { kept: boolean; where: string; example: string };

/** A plan table's: every extra column is a plan column, printed as its own column. */
export const planExtras: ExtraColumns = {
  kept: true,
  where: "its cells are kept as an extra column, printed as its own column",
  example: "lead",
};

/** Whether a column's cells are not read (an extra column of a kind of table that keeps none). */
const isUnread = (column: MappedColumn) =>
  column.note === "not-read" || column.note === "same-field-not-read";

/** The mapping report's note for an extra column a kind of table does not read. */
const notRead = (note: string | undefined) => (note === "same-field" ? "same-field-not-read" : "not-read");

const at = (row: number, column: string, actual?: string) => ({
  path: [],
  row,
  column,
  ...(actual === undefined ? {} : { actual: actual.slice(0, 80) }),
});

/** A heading as one line; a blank one named by its place. */
export function headingLabel(cell: string, index: number): string {
  const line = cell.replace(/\s*(?:\r\n|\r|\n)\s*/g, " ").trim();
  return line.length === 0 ? `Column ${index + 1}` : line;
}

function withLabel(match: RoleMatch, label: string): RoleMatch {
  return match.role.kind === "field"
    ? { ...match, role: { kind: "field", column: { ...match.role.column, label } } }
    : match;
}

function extraRole(label: string): ColumnRole {
  return { kind: "field", column: { field: "extra", key: label, label } };
}

/** The caller's reading of a heading: `extra`, or whatever the target heading means. */
function optionMatch(label: string, target: string, matcher: HeadingMatcher): RoleMatch | undefined {
  if (headingKey(target) === "extra") return { role: extraRole(label), matchedBy: "option", alias: target };
  const found = matcher(target);
  return found === undefined ? undefined : { ...withLabel(found, label), matchedBy: "option", alias: target };
}

function matchHeading(
  label: string,
  matcher: HeadingMatcher,
  settings: TableSettings,
  issues: Issue[],
  row: number,
) {
  const target = settings.headings.get(headingKey(label));
  if (target === undefined) {
    const found = matcher(label);
    return found === undefined ? undefined : withLabel(found, label);
  }
  const chosen = optionMatch(label, target, matcher);
  if (chosen === undefined)
    issues.push({
      code: "table/unknown-heading-option",
      severity: "error",
      message: `The headings option reads "${label}" as "${target}", which names no field or heading; use a field such as "title", "lead" or "timescale", a heading such as "Theme 1 title", or "extra".`,
      ...at(row, label, target),
    });
  return chosen;
}

/** What a role claims, so a second column claiming the same is kept apart. */
function claims(role: ColumnRole): string[] {
  switch (role.kind) {
    case "theme":
      return [`theme:${role.level}:${role.part}`];
    case "field": {
      const { field, key } = role.column;
      if (field === "extra") return [];
      if (field === "measure") return ["field:measure", "field:number", "field:title"];
      return [field === "flag" ? `flag:${key ?? ""}` : `field:${field}`];
    }
    case "plan-columns":
      return ["plan-columns"];
    case "progress":
      return [role.part === "extra" ? `progress:extra:${role.key ?? ""}` : `progress:${role.part}`];
    default:
      return [`${role.kind}:${role.part}`];
  }
}

const ambiguity = (draft: Draft) =>
  draft.match?.matchedBy === "alias" ? AMBIGUOUS.get(headingKey(draft.match.alias ?? "")) : undefined;

function claimOne(draft: Draft, claimed: Set<string>): Draft {
  if (draft.match === undefined) return draft;
  const options = ambiguity(draft);
  const roles: ColumnRole[] =
    options === undefined
      ? [draft.match.role]
      : options.map((field) => ({ kind: "field", column: { field, label: draft.label } }));
  const free = roles.find((role) => claims(role).every((claim) => !claimed.has(claim)));
  if (free === undefined) return { ...draft, note: "same-field" };
  for (const claim of claims(free)) claimed.add(claim);
  return { ...draft, match: { ...draft.match, role: free } };
}

/** Each column's role, a second column for a field kept apart; ambiguous headings take what is left. */
function resolveClaims(drafts: readonly Draft[]): Draft[] {
  const claimed = new Set<string>();
  const firstPass = drafts.map((d) => (ambiguity(d) === undefined ? claimOne(d, claimed) : d));
  return firstPass.map((d) => (ambiguity(d) === undefined ? d : claimOne(d, claimed)));
}

/** Theme columns named by heading ("Priority action") take the levels after any canonical ones, in order. */
function themeLevels(drafts: readonly Draft[]): Draft[] {
  let level = 0;
  for (const d of drafts)
    if (d.match?.role.kind === "theme" && d.match.role.level > level) level = d.match.role.level;
  return drafts.map((d) => {
    const role = d.match?.role;
    if (role?.kind !== "theme" || role.level > 0 || d.match === undefined) return d;
    level += 1;
    return { ...d, match: { ...d.match, role: { ...role, level } } };
  });
}

/** A key for each column unique in the table: the heading, then `Notes (2)`; reserved words renamed. */
function uniqueKeys(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set(labels);
  return labels.map((label, index) => {
    const base = RESERVED.has(label) ? `${label} (column ${index + 1})` : label;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    if (count === 1) return base;
    let n = count;
    while (taken.has(`${base} (${n})`)) n += 1;
    taken.add(`${base} (${n})`);
    return `${base} (${n})`;
  });
}

/** An extra column keyed by its column key; a flag whose key is a reserved word keyed apart. */
function safeKey(column: Column, key: string): Column {
  if (column.field === "extra") return { ...column, key };
  if (column.field === "flag" && RESERVED.has(column.key ?? ""))
    return { ...column, key: `${column.key} (flag)` };
  return column;
}

function mapped(draft: Draft, key: string, extras: ExtraColumns): MappedColumn {
  const column = mappedAs(draft, key);
  const { role } = column;
  return extras.kept || role.kind !== "field" || role.column.field !== "extra"
    ? column
    : { ...column, note: notRead(column.note) };
}

function mappedAs(draft: Draft, key: string): MappedColumn {
  const match = draft.match;
  if (match === undefined || draft.note === "same-field")
    return {
      index: draft.index,
      label: draft.label,
      key,
      role: { kind: "field", column: { field: "extra", key, label: draft.label } },
      matchedBy: match?.matchedBy ?? "none",
      ...(match?.alias === undefined ? {} : { alias: match.alias }),
      ...(draft.note === undefined ? {} : { note: draft.note }),
    };
  const role =
    match.role.kind === "field" && match.role.column.field === "extra" ? extraRole(draft.label) : match.role;
  const keyed = role.kind === "field" ? { ...role, column: safeKey(role.column, key) } : role;
  return {
    index: draft.index,
    label: draft.label,
    key,
    role: keyed,
    matchedBy: match.matchedBy,
    ...(match.alias === undefined ? {} : { alias: match.alias }),
  };
}

function headingIssues(
  column: MappedColumn,
  cell: string,
  row: number,
  settings: TableSettings,
  extras: ExtraColumns,
): Issue[] {
  const where = at(row, column.key);
  const issues: Issue[] = [];
  if (cell.trim().length === 0)
    issues.push({
      code: "table/blank-heading",
      severity: "warning",
      message: extras.kept
        ? `Column ${column.index + 1} has no heading; its cells are kept as "${column.key}".`
        : `Column ${column.index + 1} has no heading; ${extras.where}.`,
      ...where,
    });
  const { role } = column;
  if (RESERVED.has(column.label) || (role.kind === "field" && role.column.key?.endsWith(" (flag)") === true))
    issues.push({
      code: "table/reserved-heading",
      severity: "warning",
      message: isUnread(column)
        ? `"${column.label}" cannot be a key of the data; ${extras.where}.`
        : `"${column.label}" cannot be a key of the data; its cells are kept under "${role.kind === "field" ? (role.column.key ?? column.key) : column.key}".`,
      ...where,
    });
  if (column.note === "same-field" || column.note === "same-field-not-read")
    issues.push({
      code: "table/same-field",
      severity: "warning",
      message: extras.kept
        ? `"${column.label}" means the same as an earlier column; its cells are kept as an extra column "${column.key}", not read as that field.`
        : `"${column.label}" means the same as an earlier column; its cells ("${column.key}") are not read.`,
      ...where,
    });
  if (column.matchedBy === "none" && cell.trim().length > 0) {
    const error = settings.unknownColumns === "error";
    issues.push({
      code: "table/unknown-heading",
      severity: error ? "error" : "warning",
      message: `${unknownWhy(column.label)}; ${error ? 'unknownColumns is "error"' : extras.where}. Map it with the headings option, e.g. { "${column.label}": "${extras.example}" }.`,
      ...where,
    });
  }
  return issues;
}

/** Why a heading names no field here: a slip of a known heading, or a plan's heading this table does not have (never "did you mean" itself). */
function unknownWhy(label: string): string {
  const near = closestHeading(label);
  if (near !== undefined && headingKey(near) === headingKey(label))
    return `"${label}" is a heading of a plan table, which this table does not have`;
  return `No field is known by the heading "${label}"${near === undefined ? "" : ` (did you mean "${near}"?)`}`;
}

function duplicateIssues(columns: readonly MappedColumn[], row: number): Issue[] {
  const seen = new Set<string>();
  return columns.flatMap((column): Issue[] => {
    const repeated = seen.has(column.label);
    seen.add(column.label);
    return repeated
      ? [
          {
            code: "table/duplicate-heading",
            severity: "warning",
            message: isUnread(column)
              ? `"${column.label}" heads more than one column; this one ("${column.key}") is not read.`
              : `"${column.label}" heads more than one column; this one's cells are kept apart as "${column.key}".`,
            ...at(row, column.key),
          },
        ]
      : [];
  });
}

/** The layout the columns make: canonical or named theme columns, a wording first column, or flat. */
export function layoutOf(columns: readonly MappedColumn[]): TableLayout {
  // The plan's own labels in a cell are what a canonical table writes; theme part columns alone
  // (a document whose headings could not hold its themes) are read as theme columns.
  if (columns.some((c) => c.role.kind === "plan-columns")) return "canonical";
  if (columns.some((c) => c.role.kind === "theme")) return "themed";
  const first = columns[0]?.role;
  const wording = new Set(["measure", "number", "title", "aim", "objective"]);
  return first?.kind === "field" && wording.has(first.column.field) ? "document" : "flat";
}

/**
 * Reads a table's heading row once: every column gets a role, how it was matched and a key unique
 * in the table. A heading no field is known by keeps its column as an extra column (a warning, or an
 * error with `unknownColumns: "error"`); a heading repeated keeps both columns apart (`Notes (2)`); a
 * blank heading is `Column 4`; a second column for a field is kept as an extra column; `Action`
 * is the number, else the wording, else the detail, whichever the table has no other column for.
 *
 * @param cells - The heading row's cells.
 * @param row - Its row in the file.
 * @param matcher - How the kind of table reads a heading.
 * @param settings - The caller's `headings` and policies.
 * @param extras - What the kind of table does with extra columns; a plan's keeps them.
 * @returns The heading map, with an issue for each heading read with a caveat.
 */
export function mapHeadings(
  cells: readonly string[],
  row: number,
  matcher: HeadingMatcher,
  settings: TableSettings,
  extras: ExtraColumns = planExtras,
): Parsed<HeadingMap> {
  const issues: Issue[] = [];
  const labels = cells.map(headingLabel);
  const drafts = labels.map(
    (label, index): Draft => ({ index, label, match: matchHeading(label, matcher, settings, issues, row) }),
  );
  const keys = uniqueKeys(labels);
  const columns = themeLevels(resolveClaims(drafts)).map((d, i) => mapped(d, keys[i] ?? d.label, extras));
  issues.push(...columns.flatMap((c) => headingIssues(c, cells[c.index] ?? "", row, settings, extras)));
  issues.push(...duplicateIssues(columns, row));
  return { value: { row, layout: layoutOf(columns), columns }, issues };
}

/** The map widened for a row longer than the header: each surplus cell an extra column `Column N`. */
export function widenMap(map: HeadingMap, width: number, extras: ExtraColumns = planExtras): HeadingMap {
  if (width <= map.columns.length) return map;
  const taken = new Set(map.columns.map((c) => c.key));
  const more = Array.from({ length: width - map.columns.length }, (_, i): MappedColumn => {
    const index = map.columns.length + i;
    let key = `Column ${index + 1}`;
    while (taken.has(key)) key = `${key}*`;
    taken.add(key);
    const column: MappedColumn = { index, label: key, key, role: extraRole(key), matchedBy: "none" };
    return extras.kept ? column : { ...column, note: "not-read" };
  });
  return { ...map, columns: [...map.columns, ...more].map(fixExtraKey) };
}

function fixExtraKey(column: MappedColumn): MappedColumn {
  const { role } = column;
  return role.kind === "field" && role.column.field === "extra"
    ? { ...column, role: { kind: "field", column: { ...role.column, key: column.key } } }
    : column;
}
