import type { Column } from "../plan/column";
import { fieldAliases } from "../plan/field-aliases";
import { aliasIndex, headingKey, labelKey } from "../plan/match-field";
import { planLayouts } from "../plan/plan-layouts";
import { canonicalLayout } from "./canonical-layout";
import type { ColumnRole, MatchedBy, ThemePart } from "./column-role";

/** What a heading was read as, and how. */
export type RoleMatch = { role: ColumnRole; matchedBy: MatchedBy; alias?: string };

/** Reads one heading as a role; `undefined` for a heading it does not know. */
export type HeadingMatcher = (label: string) => RoleMatch | undefined;

/** Headings of a column naming each row's theme; the first in a table is level 1, the next level 2. */
export const themeHeadings: readonly string[] = [
  "Theme",
  "Priority",
  "Priority action",
  "Strategic priority",
  "Strategic aim",
  "Section",
  "Workstream",
  "Outcome area",
];

const fieldRole = (column: Column, matchedBy: MatchedBy, alias?: string): RoleMatch => ({
  role: { kind: "field", column },
  matchedBy,
  ...(alias === undefined ? {} : { alias }),
});

const THEME_HEADING = /^theme\s*(\d+)\s+(.+)$/is;

function canonicalTheme(label: string): RoleMatch | undefined {
  const match = THEME_HEADING.exec(label.trim());
  const words = labelKey(match?.[2] ?? "");
  const part = canonicalLayout.themeParts.find((p) => labelKey(canonicalLayout.themePartWords[p]) === words);
  if (match === null || part === undefined) return undefined;
  return { role: { kind: "theme", level: Number(match[1]), part, fill: false }, matchedBy: "canonical" };
}

function canonicalFlag(label: string): RoleMatch | undefined {
  const flag = /^flag:\s*(.+)$/is.exec(label.trim())?.[1]?.trim();
  return flag === undefined || flag.length === 0
    ? undefined
    : fieldRole({ field: "flag", key: flag, label }, "canonical");
}

/** Keys a progress entry's cells cannot have: they would reach an object's prototype. */
const RESERVED_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);

function canonicalProgressExtra(label: string): RoleMatch | undefined {
  const key = /^progress:\s*(.+)$/is.exec(label.trim())?.[1]?.trim();
  // A reserved key is read as an unknown heading, kept apart under its column's own key.
  return key === undefined || key.length === 0 || RESERVED_KEYS.has(key)
    ? undefined
    : { role: { kind: "progress", part: "extra", key }, matchedBy: "canonical" };
}

function canonicalColumn(label: string): RoleMatch | undefined {
  const key = labelKey(label);
  if (key === labelKey(canonicalLayout.planColumns))
    return { role: { kind: "plan-columns" }, matchedBy: "canonical" };
  const field = canonicalLayout.fields.find(([, heading]) => labelKey(heading) === key)?.[0];
  if (field !== undefined) return fieldRole({ field, label }, "canonical");
  const progress = canonicalLayout.progress.find((column) => labelKey(column.label) === key);
  if (progress === undefined) return undefined;
  return "field" in progress
    ? fieldRole({ field: progress.field, label }, "canonical")
    : { role: { kind: "progress", part: progress.part }, matchedBy: "canonical" };
}

/** A heading of the canonical layout: a theme part, a flag, a progress entry's own cell, a field, a progress part, the plan's labels. */
export function canonicalRole(label: string): RoleMatch | undefined {
  return (
    canonicalTheme(label) ?? canonicalFlag(label) ?? canonicalProgressExtra(label) ?? canonicalColumn(label)
  );
}

/** Reads headings as the labels of some columns: the plan's own, or a seed layout's. */
export function labelMatcher(columns: readonly Column[], matchedBy: "own-label" | "layout"): HeadingMatcher {
  const byKey = new Map<string, Column>();
  for (const column of columns)
    if (!byKey.has(headingKey(column.label))) byKey.set(headingKey(column.label), column);
  return (label) => {
    const column = byKey.get(headingKey(label));
    return column === undefined ? undefined : fieldRole({ ...column, label }, matchedBy);
  };
}

/** A label of a seed layout (the Lothian & Borders flag column above all). */
export const layoutRole: HeadingMatcher = /* @__PURE__ */ (() =>
  labelMatcher(
    Object.values(planLayouts).flatMap((layout): Column[] => [...layout.columns]),
    "layout",
  ))();

/** A field's alias or name. */
export function aliasRole(label: string): RoleMatch | undefined {
  const match = aliasIndex.get(headingKey(label));
  if (match === undefined) return undefined;
  // Of the aliases that read alike ("National outcomes", "National Outcome"), name the one written.
  const written = fieldAliases[match.field].find(
    (alias) => alias.toLowerCase() === label.trim().toLowerCase(),
  );
  return fieldRole({ field: match.field, label }, "alias", written ?? match.alias);
}

const YES_NO = /\s*[([]?\s*(?:y\s*\/\s*n|yes\s*\/\s*no)\s*[)\]]?\s*\??$/i;

/** A yes/no heading ("2011-14 Area Plan y/n"): a flag keyed by the rest of the heading. */
export function flagHeadingRole(label: string): RoleMatch | undefined {
  if (!YES_NO.test(label)) return undefined;
  const key = label
    .replace(YES_NO, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return key.length === 0 ? undefined : fieldRole({ field: "flag", key, label }, "flag-heading");
}

const THEME_KEYS = /* @__PURE__ */ (() => new Set(themeHeadings.map(headingKey)))();

/** A theme column ("Priority action", "Theme 2"): a level it names, else one set when the whole header is known. */
export function themeHeadingRole(label: string): RoleMatch | undefined {
  const numbered = /^theme\s*(\d+)$/i.exec(label.trim());
  if (!THEME_KEYS.has(headingKey(label)) && numbered === null) return undefined;
  const part: ThemePart = "heading";
  const level = numbered === null ? 0 : Number(numbered[1]);
  return { role: { kind: "theme", level, part, fill: true }, matchedBy: "theme-heading" };
}

/** The first matcher that knows a heading. */
export function firstMatch(label: string, matchers: readonly HeadingMatcher[]): RoleMatch | undefined {
  for (const matcher of matchers) {
    const match = matcher(label);
    if (match !== undefined) return match;
  }
  return undefined;
}
