import type { ActionField, Column } from "../plan/column";
import { headingKey } from "../plan/match-field";
import { canonicalLayout } from "./canonical-layout";
import type { ColumnRole, ReportPart } from "./column-role";
import {
  aliasRole,
  canonicalRole,
  firstMatch,
  flagHeadingRole,
  type HeadingMatcher,
  labelMatcher,
  layoutRole,
  type RoleMatch,
  themeHeadingRole,
} from "./heading-role";

/** The plan fields a progress return holds. */
export const PROGRESS_FIELDS: ReadonlySet<ActionField> = /* @__PURE__ */ (() =>
  new Set<ActionField>([
    "progress",
    "nextSteps",
    "status",
    "reportedRag",
    "revisedTimescale",
    "percentComplete",
  ]))();

/** Whether a column holds progress: a progress part, or a plan column of a progress field. */
export const isProgressRole = (role: ColumnRole): boolean =>
  role.kind === "progress" || (role.kind === "field" && PROGRESS_FIELDS.has(role.column.field));

/** How the headings of a plan table are read: its own labels, canonical headings, seed layouts, aliases. */
export function planMatcher(own: readonly Column[]): HeadingMatcher {
  const ownLabel = labelMatcher(own, "own-label");
  return (label) =>
    firstMatch(label, [ownLabel, canonicalRole, aliasRole, layoutRole, flagHeadingRole, themeHeadingRole]);
}

const RETURN_PARTS = /* @__PURE__ */ (() =>
  new Map(
    canonicalLayout.returns.flatMap(([part, label, aliases]) =>
      [label, ...aliases].map((alias) => [headingKey(alias), { part, alias }] as const),
    ),
  ))();

function returnRole(label: string): RoleMatch | undefined {
  const found = RETURN_PARTS.get(headingKey(label));
  return found === undefined
    ? undefined
    : { role: { kind: "return", part: found.part }, matchedBy: "canonical", alias: found.alias };
}

/** A plan heading in a progress table: progress fields and parts are read, anything else is kept as extra. */
function progressOnly(match: RoleMatch | undefined): RoleMatch | undefined {
  return match !== undefined && isProgressRole(match.role) ? match : undefined;
}

/** How the headings of a progress table are read: return columns, then progress columns. */
export const returnsMatcher: HeadingMatcher = (label) =>
  firstMatch(label, [returnRole, (l) => progressOnly(canonicalRole(l)), (l) => progressOnly(aliasRole(l))]);

/** The headings of a committee report table, in the order it is written. */
export const reportHeadings: ReadonlyArray<readonly [ReportPart, string]> = [
  ["field", "Field"],
  ["sectionNumber", "Section number"],
  ["sectionTitle", "Section title"],
  ["role", "Role"],
  ["paragraphNumber", "Paragraph number"],
  ["text", "Text"],
];

const REPORT_PARTS = /* @__PURE__ */ (() =>
  new Map(reportHeadings.map(([part, label]) => [headingKey(label), part] as const)))();

/** How the headings of a committee report table are read. */
export const reportMatcher: HeadingMatcher = (label) => {
  const part = REPORT_PARTS.get(headingKey(label));
  return part === undefined ? undefined : { role: { kind: "report", part }, matchedBy: "canonical" };
};
