import type { Authority } from "../authority/authority";
import { parseContent } from "../content/parse-content";
import type { Issue } from "../issue/issue";
import type { CommitteeReport } from "../report/committee-report";
import { ReportSectionRole } from "../report/committee-report";
import { validateCommitteeReport } from "../validate/validate-committee-report";
import { markedCell } from "./_internal/cell-notation";
import { filled, type Tally } from "./_internal/tally";
import type { HeadingMap, ReportPart } from "./column-role";
import type { ReportImportOptions } from "./import-options";
import { reportTableFields } from "./report-fields";
import type { SourceRecord } from "./source-record";
import type { TableKind } from "./table-engine";
import { reportMatcher } from "./table-kinds";

const FIELD_NAMES: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set(reportTableFields.map(([name]) => name)))();

/** What reading a committee report table keeps between rows. */
export type ReportState = {
  parts: Map<ReportPart, number>;
  fields: Map<string, string>;
  /** Where each field's text was, for a field that has no place without another. */
  fieldRows: Map<string, number>;
  sections: CommitteeReport["sections"];
  issues: Issue[];
};

type RowRead = { state: ReportState; record: SourceRecord; map: HeadingMap; tally: Tally };

const cellOf = (read: RowRead, part: ReportPart) => read.record.cells[read.state.parts.get(part) ?? -1] ?? "";
const keyOf = (read: RowRead, index: number) => read.map.columns[index]?.key ?? `Column ${index + 1}`;

/** Cells a row holds outside the columns its kind of row uses: reported one by one. */
function unused(read: RowRead, used: readonly ReportPart[], why: string): void {
  const usedIndexes = new Set(used.map((part) => read.state.parts.get(part)));
  read.record.cells.forEach((cell, index) => {
    if (!filled(cell)) return;
    if (usedIndexes.has(index)) {
      read.tally.placed += 1;
      return;
    }
    read.tally.reported += 1;
    read.state.issues.push({
      code: "table/cell-not-read",
      severity: "warning",
      message: `This cell was not read: ${why}.`,
      path: [],
      row: read.record.row,
      column: keyOf(read, index),
      actual: cell.slice(0, 80),
    });
  });
}

/** A row left out: its issue, and every cell of it reported by it. */
function leaveOut(read: RowRead, issue: Omit<Issue, "path" | "row">): void {
  read.tally.reported += read.record.cells.filter(filled).length;
  read.state.issues.push({ ...issue, path: [], row: read.record.row });
}

function fieldRow(read: RowRead, field: string): void {
  if (!FIELD_NAMES.has(field)) {
    leaveOut(read, {
      code: "table/unknown-field",
      severity: "warning",
      message: `"${field.slice(0, 40)}" is not a field of a committee report (${[...FIELD_NAMES].join(", ")}); the row was left out.`,
      column: keyOf(read, read.state.parts.get("field") ?? 0),
      actual: field.slice(0, 80),
    });
    return;
  }
  if (read.state.fields.has(field)) {
    leaveOut(read, {
      code: "table/repeated-field",
      severity: "warning",
      message: `"${field}" was given on row ${read.state.fieldRows.get(field)}; this row's was left out.`,
      column: keyOf(read, read.state.parts.get("text") ?? 0),
      actual: cellOf(read, "text").slice(0, 80),
    });
    return;
  }
  read.state.fields.set(field, cellOf(read, "text"));
  read.state.fieldRows.set(field, read.record.row);
  unused(read, ["field", "text"], "a field's row holds the field's name and its text only");
}

function unknownRole(read: RowRead): void {
  const role = cellOf(read, "role");
  leaveOut(read, {
    code: "table/unknown-role",
    severity: "error",
    message: `"${role.slice(0, 30)}" is not a section role; use one of ${ReportSectionRole.options.join(", ")}. The row was left out.`,
    column: keyOf(read, read.state.parts.get("role") ?? 0),
    actual: role.slice(0, 80),
  });
}

/** The section a row belongs to: the last one if the row repeats its number, title and role, else a new one. */
function sectionOf(
  read: RowRead,
  role: ReportSectionRole,
  field: string,
): CommitteeReport["sections"][number] {
  const [number, title] = [cellOf(read, "sectionNumber"), cellOf(read, "sectionTitle")];
  const last = read.state.sections.at(-1);
  if (
    last !== undefined &&
    (last.number ?? "") === number &&
    last.title === title &&
    last.role === role &&
    field !== "section"
  )
    return last;
  const section = { ...(number.length > 0 ? { number } : {}), title, role, paragraphs: [] };
  read.state.sections.push(section);
  return section;
}

const SECTION_PARTS: readonly ReportPart[] = ["field", "sectionNumber", "sectionTitle", "role"];

function paragraphRow(read: RowRead, field: string): void {
  const role = ReportSectionRole.safeParse(cellOf(read, "role").trim());
  if (!role.success) {
    unknownRole(read);
    return;
  }
  const section = sectionOf(read, role.data, field);
  if (field === "section") {
    unused(read, SECTION_PARTS, 'a section row (Field "section") has no paragraph');
    return;
  }
  const paragraph = cellOf(read, "paragraphNumber");
  section.paragraphs.push({
    ...(paragraph.length > 0 ? { number: paragraph } : {}),
    content: parseContent(markedCell(read.record, read.state.parts.get("text") ?? -1)),
  });
  unused(
    read,
    [...SECTION_PARTS, "paragraphNumber", "text"],
    "its column is not one of a committee report table",
  );
}

function reportRow(read: RowRead): void {
  const field = cellOf(read, "field").trim();
  if (field.length > 0 && field !== "section") fieldRow(read, field);
  else paragraphRow(read, field);
}

/** The given fields, each under its key in the schema (`["name", "authorName"]`). */
function given(state: ReportState, names: ReadonlyArray<readonly [string, string]>): Record<string, string> {
  return Object.fromEntries(
    names.flatMap(([key, name]) => {
      const value = state.fields.get(name);
      return value === undefined ? [] : [[key, value]];
    }),
  );
}

/** A person (author or contact), where the table names them. */
function person(
  state: ReportState,
  key: "author" | "contact",
  names: ReadonlyArray<readonly [string, string]>,
) {
  return state.fields.has(`${key}Name`) ? { [key]: given(state, names) } : {};
}

/** The report's own fields as the schema nests them. */
function reportFrom(state: ReportState, authority: Authority): unknown {
  const author = person(state, "author", [
    ["name", "authorName"],
    ["role", "authorRole"],
    ["body", "authorBody"],
  ]);
  const contact = person(state, "contact", [
    ["name", "contactName"],
    ["role", "contactRole"],
    ["phone", "contactPhone"],
    ["email", "contactEmail"],
  ]);
  const head = given(state, [
    ["id", "id"],
    ["agendaItem", "agendaItem"],
    ["meeting", "meeting"],
    ["meetingDate", "meetingDate"],
    ["reportBy", "reportBy"],
    ["subject", "subject"],
  ]);
  const closing = given(state, [
    ["date", "date"],
    ["contactIntro", "contactIntro"],
    ["contactHeading", "contactHeading"],
  ]);
  return { ...head, authority, sections: state.sections, ...author, ...closing, ...contact };
}

/** An author's or contact's details with no name: they have no place in the report, so each is reported. */
function nameless(state: ReportState, tally: Tally): Issue[] {
  const groups: Array<[string, string[]]> = [
    ["authorName", ["authorRole", "authorBody"]],
    ["contactName", ["contactRole", "contactPhone", "contactEmail"]],
  ];
  return groups.flatMap(([name, parts]) =>
    state.fields.has(name)
      ? []
      : parts.flatMap((part): Issue[] => {
          const row = state.fieldRows.get(part);
          const text = state.fields.get(part);
          if (row === undefined || text === undefined) return [];
          if (text.length > 0) {
            tally.placed -= 1;
            tally.reported += 1;
          }
          return [
            {
              code: "table/field-without-name",
              severity: "warning",
              message: `"${part}" is given but "${name}" is not; it was left out. Add a row for ${name}.`,
              path: [],
              row,
              column: "Text",
              actual: text.slice(0, 80),
            },
          ];
        }),
  );
}

function missingParts(map: HeadingMap, parts: Map<ReportPart, number>): Issue[] {
  const lacking = (["field", "role", "text"] as const).filter((part) => !parts.has(part));
  if (lacking.length === 0) return [];
  return [
    {
      code: "table/missing-column",
      severity: "error",
      message: `The table lacks the columns ${lacking.map((p) => `"${p}"`).join(", ")}; a committee report table has Field, Section number, Section title, Role, Paragraph number and Text.`,
      path: [],
      row: map.row,
    },
  ];
}

/** How a committee report table is read: the kind of table the engine drives for {@link reportFromRecords}. */
export function reportKind(options: ReportImportOptions): TableKind<ReportState, CommitteeReport> {
  return {
    noun: "a committee report table",
    matcher: reportMatcher,
    extras: {
      kept: false,
      where:
        "its cells are not read: a committee report table has Field, Section number, Section title, Role, Paragraph number and Text only",
      example: "Text",
    },
    start(map) {
      const parts = new Map<ReportPart, number>();
      for (const column of map.columns)
        if (column.role.kind === "report") parts.set(column.role.part, column.index);
      const issues = missingParts(map, parts);
      return {
        state: { parts, fields: new Map(), fieldRows: new Map(), sections: [], issues: [] },
        map,
        issues,
        usable: issues.length === 0,
      };
    },
    row: (state, record, map, tally) => reportRow({ state, record, map, tally }),
    finish(state, tally) {
      const checked = validateCommitteeReport(reportFrom(state, options.authority));
      const issues = [...state.issues, ...nameless(state, tally), ...checked.issues];
      const result =
        checked.ok && !issues.some((i) => i.severity === "error")
          ? { ok: true as const, value: checked.value, issues }
          : { ok: false as const, issues };
      return { result, rows: {} };
    },
  };
}
