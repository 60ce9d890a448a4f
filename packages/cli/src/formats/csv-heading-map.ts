import { type ActionField, labelKey, matchField } from "@cja-kit/core";
import type { DocumentKind } from "../_internal/document";

// How the csv package's readers read each heading, told from core's public heading aliases and
// the canonical labels the csv writers use. Interim: when the readers return their own mapping
// report (the shared import pipeline), `cja-kit mapping` prints that instead and this file goes.

/** What a column is read as. */
export type HeadingRole =
  | { kind: "theme"; level: number; part: string }
  | { kind: "field"; field: ActionField; key?: string }
  | { kind: "progress"; part: string }
  | { kind: "return"; part: string }
  | { kind: "report"; part: string }
  | { kind: "extra" }
  | { kind: "unread" };

/** A heading and how it is read: its role, how it was recognised, and the earlier column it repeats. */
export type HeadingReading = {
  index: number;
  label: string;
  role: HeadingRole;
  matchedBy: "canonical" | "alias" | "position" | "none";
  sameAs?: number;
};

const THEME_PARTS = new Map(
  (
    [
      ["number", "number"],
      ["title", "title"],
      ["outcome refs", "outcomeRefs"],
      ["local outcomes", "localOutcomes"],
      ["column labels", "columns"],
    ] as const
  ).map(([words, part]) => [labelKey(words), part]),
);
const CANONICAL = new Map<string, ActionField>(
  (
    [
      ["number", "Number"],
      ["title", "Title"],
      ["outcomeRefs", "Outcome refs"],
      ["aim", "Aim"],
      ["objective", "Objective"],
      ["localOutcome", "Local outcome"],
      ["localTarget", "Local target"],
      ["detail", "Operational detail"],
      ["milestones", "Milestones"],
      ["frequency", "Frequency / source"],
      ["timescale", "Timescale"],
      ["lead", "Lead"],
      ["partners", "Partners"],
      ["resources", "Resources"],
      ["progress", "Progress"],
      ["nextSteps", "Next steps"],
    ] as const
  ).map(([field, label]) => [labelKey(label), field]),
);
const PROGRESS_PARTS = new Map(
  (
    [
      ["Progress by council", "byCouncil"],
      ["Status wording", "statusWording"],
      ["Status", "status"],
      ["Status rule", "statusRule"],
      ["% complete", "percentComplete"],
    ] as const
  ).map(([label, part]) => [labelKey(label), part]),
);
// The first label of each is the one writeProgressCsv writes; the others are the reader's aliases.
const RETURN_PARTS = new Map(
  (
    [
      ["id", ["Return id"]],
      ["period", ["Period", "Quarter", "Reporting period"]],
      ["plan", ["Plan", "Plan id"]],
      ["title", ["Return", "Return title"]],
      ["reportedOn", ["Reported on", "Report date"]],
      ["action", ["Action", "Action number", "Action No", "Number", "Key measure"]],
      ["row", ["Row", "Action row"]],
    ] as const
  ).flatMap(([part, labels]) =>
    labels.map((label, index) => [labelKey(label), { part, own: index === 0 }] as const),
  ),
);
const REPORT_PARTS = ["field", "sectionNumber", "sectionTitle", "role", "paragraphNumber", "text"];

type Reading = Pick<HeadingReading, "role" | "matchedBy">;
const EXTRA: Reading = { role: { kind: "extra" }, matchedBy: "none" };

function planReading(label: string): Reading {
  const theme = /^theme\s*(\d+)\s*(.+)$/is.exec(label.trim());
  const themePart = THEME_PARTS.get(labelKey(theme?.[2] ?? ""));
  if (theme !== null && themePart !== undefined)
    return { role: { kind: "theme", level: Number(theme[1]), part: themePart }, matchedBy: "canonical" };
  const flag = /^flag:\s*(.+)$/is.exec(label.trim());
  if (flag?.[1] !== undefined)
    return { role: { kind: "field", field: "flag", key: flag[1].trim() }, matchedBy: "canonical" };
  const canonical = CANONICAL.get(labelKey(label));
  if (canonical !== undefined) return { role: { kind: "field", field: canonical }, matchedBy: "canonical" };
  const progress = PROGRESS_PARTS.get(labelKey(label));
  if (progress !== undefined) return { role: { kind: "progress", part: progress }, matchedBy: "canonical" };
  const field = matchField(label);
  return field === undefined || field === "flag"
    ? EXTRA
    : { role: { kind: "field", field }, matchedBy: "alias" };
}

function progressReading(label: string): Reading {
  const known = RETURN_PARTS.get(labelKey(label));
  if (known !== undefined)
    return { role: { kind: "return", part: known.part }, matchedBy: known.own ? "canonical" : "alias" };
  const reading = planReading(label);
  const usable =
    reading.role.kind !== "theme" &&
    (reading.role.kind !== "field" ||
      reading.role.field === "progress" ||
      reading.role.field === "nextSteps");
  // Plan fields have no place in a progress return: their cells are kept as extra data.
  return usable ? reading : EXTRA;
}

function identity(role: HeadingRole): string | undefined {
  switch (role.kind) {
    case "theme":
      return `theme:${role.level}:${role.part}`;
    case "field":
      return `field:${role.field}:${role.key ?? ""}`;
    case "extra":
    case "unread":
      return undefined;
    default:
      return `${role.kind}:${role.part}`;
  }
}

/** How a CSV's readers read each of its headings, for a document of the given kind. */
export function csvHeadingMap(labels: readonly string[], kind: DocumentKind): HeadingReading[] {
  const seen = new Map<string, number>();
  return labels.map((raw, index): HeadingReading => {
    const text = raw.replace(/\r\n|\r|\n/g, " ");
    const label = text.trim().length === 0 ? `Column ${index + 1}` : text;
    if (kind === "committee-report") {
      const part = REPORT_PARTS[index];
      return part === undefined
        ? { index, label, role: { kind: "unread" }, matchedBy: "none" }
        : { index, label, role: { kind: "report", part }, matchedBy: "position" };
    }
    const reading =
      text.trim().length === 0
        ? EXTRA
        : kind === "progress-return"
          ? progressReading(label)
          : planReading(label);
    const id = identity(reading.role);
    const earlier = id === undefined ? undefined : seen.get(id);
    if (earlier !== undefined)
      return { index, label, role: { kind: "extra" }, matchedBy: "none", sameAs: earlier };
    if (id !== undefined) seen.set(id, index);
    return { index, label, ...reading };
  });
}
