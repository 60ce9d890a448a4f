import {
  type CommitteeReport,
  cellContent,
  communityJusticeAuthorities,
  contentText,
  fieldAliases,
  formatCalendarDate,
  formatReportingPeriod,
  type ImportResult,
  type Issue,
  type PlanImport,
  type ProgressReturn,
  planTable,
  ReportSectionRole,
  reportTableFields,
  type Theme,
} from "@cja-kit/core";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { writeCsv } from "./_internal/stringify";
import {
  readCommitteeReportCsv,
  readCommitteeReportCsvStream,
  readPlanCsv,
  readPlanCsvStream,
  readProgressCsv,
  readProgressCsvStream,
} from "./index";

// The import's invariant, on tables no one here wrote: every non-empty cell is in the model (in
// what a Word document from it shows: planTable and cellContent, the path @cja-kit/docx prints) or
// an issue names its row and column. Headings are real aliases, unknown words, repeats and blanks;
// cells are seed wording, numbers, statuses and any text. Every reader, whole-file and stream
// (the stream cut at every byte gives the whole-file result).

const authority = communityJusticeAuthorities.lanarkshire;
const plan = { kind: "action-plan" as const, authority, period: { from: "2008-09", to: "2010-11" } };
const progress = { authority, period: { kind: "quarter" as const, year: "2010-11", quarter: 2 as const } };

/** Text reduced to its letters and digits, lower case: markers, spacing and punctuation are not content. */
const norm = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

const word = fc.stringMatching(/^[A-Za-zé’£]{2,9}$/);
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));
const seedWording = fc.constantFrom(
  "July 2008",
  "Dec 08 start",
  "2008-09 and ongoing",
  "£15,000",
  "£25k from EVOC",
  "Existing resources",
  "(A1-A5; B1-B5; C2-C4)",
  "(A1 & C3)",
  "On target",
  "Complete",
  "COMPLETE",
  "Not commenced",
  "Amber",
  "40%",
  "YES",
  "Outcome 1: Improve public understanding",
  "2.1 Health & Wellbeing",
  "Set up local consultation groups for residents",
  "31 March 2018",
  "30/09/2010",
  "Community Justice Partners",
);
const number = fc.constantFrom("1", "2", "2.4.1", "2.4.1.", "3.1", "SO2", "12");
const cell = fc.oneof(
  { arbitrary: fc.constant(""), weight: 4 },
  { arbitrary: words, weight: 3 },
  { arbitrary: seedWording, weight: 3 },
  { arbitrary: number, weight: 2 },
  { arbitrary: fc.array(words, { minLength: 2, maxLength: 3 }).map((l) => l.join("\n")), weight: 1 },
);

const officerHeadings = Object.entries(fieldAliases)
  .filter(([field]) => !["flag", "extra"].includes(field))
  .flatMap(([, aliases]) => aliases);
const heading = fc.oneof(
  { arbitrary: fc.constantFrom(...officerHeadings), weight: 6 },
  {
    arbitrary: fc.constantFrom("Theme", "Priority action", "Notes", "Comments", "Area plan y/n", "__proto__"),
    weight: 2,
  },
  { arbitrary: words, weight: 1 },
  { arbitrary: fc.constant(""), weight: 1 },
);

/** A table: headings (with repeats), then rows of cells; some rows longer or shorter than the header. */
const table = (headingArb: fc.Arbitrary<string>, cellArb: fc.Arbitrary<string>) =>
  fc
    .array(headingArb, { minLength: 1, maxLength: 6 })
    .chain((headings) =>
      fc
        .array(
          fc.array(cellArb, { minLength: Math.max(1, headings.length - 1), maxLength: headings.length + 1 }),
          { maxLength: 6 },
        )
        .map((rows): string[][] => [headings, ...rows]),
    );

/** Each record's first file line, cells written with \n line breaks only. */
function firstLines(records: readonly (readonly string[])[]): number[] {
  let line = 1;
  return records.map((cells) => {
    const at = line;
    line += 1 + cells.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0);
    return at;
  });
}

const csvOf = (records: readonly (readonly string[])[]) =>
  writeCsv(records, { lineEnding: "lf", bom: false }).csv;

/** Issues that leave a whole row out, naming its row only. */
const ROW_ISSUES = new Set([
  "table/above-heading-row",
  "table/cell-too-large",
  "csv/malformed-row",
  "table/bad-period",
  "table/missing-action",
  "table/unknown-field",
  "table/unknown-role",
  "table/repeated-field",
]);
/** Issues that refuse a whole table: they report every cell at once. */
const TABLE_ISSUES = new Set([
  "table/no-known-headings",
  "table/missing-column",
  "table/too-many-columns",
  "table/no-heading-row",
]);

function unaccounted(
  records: readonly (readonly string[])[],
  read: ImportResult<unknown>,
  shown: string,
): Array<{ row: number; cell: string }> {
  // A table refused whole, or a result with errors (no model to keep anything in): the errors say what to fix.
  if (!read.ok || read.issues.some((i) => TABLE_ISSUES.has(i.code) && i.severity === "error")) return [];
  const lines = firstLines(records);
  const keyAt = (index: number) => read.report.columns[index]?.key;
  const names = (issue: Issue, row: number, index: number) =>
    issue.row === row && (ROW_ISSUES.has(issue.code) || issue.column === keyAt(index));
  return records.flatMap((cells, r) => {
    const row = lines[r] ?? 0;
    if (row === read.report.headingRow) return [];
    return cells.flatMap((text, index) => {
      const core = norm(text.replace(/cont\.?\s*\/?$/i, ""));
      // A key-measure cell is printed as its number, references and wording apart: every word kept will do.
      const wordsShown = text.split(/\s+/).every((w) => shown.includes(norm(w)));
      if (
        core.length === 0 ||
        shown.includes(core) ||
        wordsShown ||
        read.issues.some((i) => names(i, row, index))
      )
        return [];
      return [{ row, cell: text }];
    });
  });
}

function themeText(themes: readonly Theme[] | undefined): string[] {
  return (themes ?? []).flatMap((t) => [
    t.number ?? "",
    t.title ?? "",
    contentText(t.localOutcomes ?? []),
    // A row read as the theme's own column labels: in the model, printed over the theme's rows.
    ...(t.columns ?? []).map((column) => column.label),
    ...themeText(t.themes),
  ]);
}

/** What a Word document of the plan shows: theme headings, and every cell of its table. */
function planShown(read: ImportResult<PlanImport>): string {
  if (!read.ok) return "";
  const { plan: p, progress: ret } = read.value;
  const table = planTable(p, ret).flatMap((row) =>
    row.columns.map((column) => contentText(cellContent(column, row))),
  );
  return norm([...themeText(p.themes), ...table].join("|"));
}

/** A date as the cell may have written it: 30/09/2010, 30 September 2010. */
function dayFirst(iso: string | undefined): string {
  if (iso === undefined) return "";
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year} ${formatCalendarDate(iso)}`;
}

function returnsShown(read: ImportResult<ProgressReturn[]>): string {
  if (!read.ok) return "";
  return norm(
    read.value
      .flatMap((r) => [
        r.id ?? "",
        formatReportingPeriod(r.period),
        r.planId ?? "",
        r.title ?? "",
        r.reportedOn ?? "",
        dayFirst(r.reportedOn),
        ...r.entries.flatMap((e) => [
          e.action,
          e.row === undefined ? "" : String(e.row + 1),
          contentText(e.progress),
          ...(e.byCouncil ?? []).flatMap((c) => [c.council, contentText(c.progress)]),
          e.status.raw,
          e.status.status,
          e.status.rule,
          String(e.percentComplete ?? ""),
          contentText(e.nextSteps ?? []),
          e.reportedRag?.raw ?? "",
          e.revisedTimescale?.raw ?? "",
          ...Object.values(e.extra ?? {}),
        ]),
      ])
      .join("|"),
  );
}

function reportShown(read: ImportResult<CommitteeReport>): string {
  if (!read.ok) return "";
  const r = read.value;
  return norm(
    [
      ...reportTableFields.map(([name, get]) => `${name}|${get(r) ?? ""}`),
      ...r.sections.flatMap((s) => [
        "section",
        s.number ?? "",
        s.title,
        s.role,
        ...s.paragraphs.flatMap((p) => [p.number ?? "", contentText(p.content)]),
      ]),
    ].join("|"),
  );
}

async function* cut(text: string, at: number) {
  yield text.slice(0, at);
  yield text.slice(at);
}

describe("conservation of cells (property)", () => {
  test.prop([table(heading, cell), fc.boolean()], { numRuns: 300 })(
    "readPlanCsv: every non-empty cell is in what Word shows, or an issue names its row and column",
    (records, withReturn) => {
      const read = readPlanCsv(csvOf(records), { plan, ...(withReturn ? { progress } : {}) });
      expect(unaccounted(records, read, planShown(read))).toEqual([]);
      expect(read.report.cells.nonEmpty).toBe(read.report.cells.placed + read.report.cells.reported);
    },
    120_000,
  );

  const returnHeading = fc.constantFrom(
    "Period",
    "Action",
    "Row",
    "Reported on",
    "Plan",
    "Return",
    "Progress",
    "Status",
    "% complete",
    "Next steps",
    "RAG",
    "Revised timescale",
    "Notes",
    "Lead",
    "",
  );
  const returnCell = fc.oneof(
    cell,
    fc.constantFrom("2010-11 Q2", "2010-11", "Year 2 (2009-10)", "Q7", "2010-09-30", "first", "2"),
  );

  test.prop([table(returnHeading, returnCell)], { numRuns: 300 })(
    "readProgressCsv: every non-empty cell is in the returns, or an issue names its row and column",
    (records) => {
      const read = readProgressCsv(csvOf(records), { authority, period: progress.period });
      expect(unaccounted(records, read, returnsShown(read))).toEqual([]);
      expect(read.report.cells.nonEmpty).toBe(read.report.cells.placed + read.report.cells.reported);
    },
    120_000,
  );

  const reportRow = fc.tuple(
    fc.oneof(
      fc.constant(""),
      fc.constant("section"),
      fc.constantFrom(...reportTableFields.map(([n]) => n)),
      fc.constantFrom("colour", "__proto__", "toString"),
    ),
    fc.oneof(fc.constant(""), number),
    fc.oneof(fc.constant("Purpose"), words),
    fc.oneof(fc.constantFrom(...ReportSectionRole.options), fc.constant("gossip")),
    fc.oneof(fc.constant(""), number),
    cell,
  );
  const reportTable = fc
    .tuple(
      fc.boolean(),
      fc.array(reportRow, { maxLength: 6 }),
      fc.array(fc.tuple(words, words), { maxLength: 1 }),
    )
    .map(([stray, rows, extra]) => [
      [
        "Field",
        "Section number",
        "Section title",
        "Role",
        "Paragraph number",
        "Text",
        ...(stray ? ["Notes"] : []),
      ],
      ...rows.map((row) => [...row, ...(stray ? [extra[0]?.[0] ?? ""] : [])]),
    ]);

  test.prop([reportTable], { numRuns: 200 })(
    "readCommitteeReportCsv: every non-empty cell is in the report, or an issue names its row and column",
    (records) => {
      const read = readCommitteeReportCsv(csvOf(records), { authority });
      expect(unaccounted(records, read, reportShown(read))).toEqual([]);
      expect(read.report.cells.nonEmpty).toBe(read.report.cells.placed + read.report.cells.reported);
    },
    120_000,
  );

  test.prop([table(heading, cell)], { numRuns: 15 })(
    "every reader cut at every byte gives what it gives whole",
    async (records) => {
      const csv = csvOf(records);
      const whole = {
        plan: readPlanCsv(csv, { plan, progress }),
        returns: readProgressCsv(csv, { authority, period: progress.period }),
        report: readCommitteeReportCsv(csv, { authority }),
      };
      for (let at = 0; at <= csv.length; at++) {
        expect(await readPlanCsvStream(cut(csv, at), { plan, progress })).toEqual(whole.plan);
        expect(await readProgressCsvStream(cut(csv, at), { authority, period: progress.period })).toEqual(
          whole.returns,
        );
        expect(await readCommitteeReportCsvStream(cut(csv, at), { authority })).toEqual(whole.report);
      }
    },
    300_000,
  );
});
