import {
  cellContent,
  communityJusticeAuthorities,
  contentText,
  matchField,
  type Plan,
  planActions,
  planTable,
} from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import {
  type PlanMeta,
  readCommitteeReportCsv,
  readPlanCsv,
  readPlanCsvStream,
  readProgressCsv,
  writePlanCsv,
} from "./index";

// Issue 9's inputs 1-20, each a kind of fault on input no one here wrote: every one gives the right
// result, and every non-empty cell is in the plan or in an issue. Wording from West Dunbartonshire's
// Community Justice Implementation Action Plan 2017-18 (https://docsbay.net/west-dunbartonshire-community-justice-implementation-action-plan),
// East Lothian's Community Justice Performance Report 2023-24
// (https://eastlothian.gov.uk/info/210670/justice_social_work/12465/community_justice_in_east_lothian/2)
// and the national delivery plan (gov.scot, Open Government Licence v3.0).

const authority = communityJusticeAuthorities["north-strathclyde"];
const meta: PlanMeta = { kind: "action-plan", authority, period: { from: "2017-18", to: "2017-18" } };
const progressMeta = { authority, period: { kind: "financial-year", year: "2017-18" } } as const;
const actions = (plan: Plan) => planActions(plan).map(({ action }) => action);
const text = (content: Parameters<typeof contentText>[0] | undefined) => contentText(content ?? []);
const codes = (issues: ReadonlyArray<{ code: string }>) => issues.map((i) => i.code);
/** What the Word table of a plan shows, column by column: what docx prints through cellContent. */
const shown = (plan: Plan, progress?: Parameters<typeof planTable>[1]) =>
  planTable(plan, progress).map((row) => row.columns.map((column) => contentText(cellContent(column, row))));
const accounted = (read: { report: { cells: { nonEmpty: number; placed: number; reported: number } } }) =>
  expect(read.report.cells.nonEmpty).toBe(read.report.cells.placed + read.report.cells.reported);

describe("1. a partnership plan headed Action, Action Due Date, Managed By", () => {
  const read = readPlanCsv(
    "Action,Action Due Date,Managed By\r\nSet up local consultation groups for residents,31 March 2018,Community Justice Partners\r\n",
    { plan: meta },
  );

  it("reads the sentence as the action's wording, the date as its timescale, the partners as its lead", () => {
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [action] = actions(read.value.plan);
    expect(text(action?.title)).toBe("Set up local consultation groups for residents");
    expect(action?.rows[0]?.timescale?.raw).toBe("31 March 2018");
    expect(text(action?.rows[0]?.lead)).toBe("Community Justice Partners");
    expect(action?.rows[0]?.extra).toBeUndefined();
  });

  it("prints three columns in Word, each with its cell, and says how it read the Action column", () => {
    if (!read.ok) return;
    expect(read.value.plan.columns.map((c) => [c.field, c.label])).toEqual([
      ["title", "Action"],
      ["timescale", "Action Due Date"],
      ["lead", "Managed By"],
    ]);
    expect(shown(read.value.plan)).toEqual([
      ["Set up local consultation groups for residents", "31 March 2018", "Community Justice Partners"],
    ]);
    expect(codes(read.issues)).toEqual(["table/prose-in-number-column", "plan/numbers-assigned"]);
    accounted(read);
  });
});

describe("2. a list of actions with no numbers, columns given by plan.columns", () => {
  it("makes each row an action numbered by position, with one note", () => {
    const read = readPlanCsv(
      "Deliverable,Lead,Due\nFirst,SPS,June 2017\nSecond,NHS,March 2018\nThird,CJS,2017-18\n",
      {
        plan: {
          ...meta,
          columns: [
            { field: "title", label: "Deliverable" },
            { field: "lead", label: "Lead" },
            { field: "timescale", label: "Due" },
          ],
        },
      },
    );
    expect(read.ok && actions(read.value.plan).map((a) => [a.number, text(a.title)])).toEqual([
      ["1", "First"],
      ["2", "Second"],
      ["3", "Third"],
    ]);
    expect(read.issues.map((i) => [i.code, i.severity])).toEqual([["plan/numbers-assigned", "info"]]);
    expect(read.report.rows.numbered).toEqual([
      { row: 2, number: "1" },
      { row: 3, number: "2" },
      { row: 4, number: "3" },
    ]);
  });
});

describe("3. Excel's merged cells saved as CSV", () => {
  const read = readPlanCsv(
    [
      "Action,Action Due Date,Managed By",
      "West Dunbartonshire Community Justice Outcome 1: Improve public understanding and participation in community justice,,",
      "Establish community justice consultation areas to embed within CPWD Your Community model,31 March 2018,West Dunbartonshire Community Justice Partners",
      "Develop and agree local indicators to be utilised to monitor progress within the new Community Justice model,,",
      "Identify ways that we can improve communication,,",
      "West Dunbartonshire Community Justice Outcome 2: Partners plan and deliver services in a more strategic and collaborative way,,",
      "Develop a joint strategic needs assessment,30 September 2017,Community Justice Partnership",
    ].join("\n"),
    { plan: meta },
  );

  it("keeps the actions with only their wording in the table, taking the merged date and lead", () => {
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.plan.themes.map((t) => [t.title?.slice(0, 50), t.actions?.length])).toEqual([
      ["West Dunbartonshire Community Justice Outcome 1: I", 3],
      ["West Dunbartonshire Community Justice Outcome 2: P", 1],
    ]);
    const third = actions(read.value.plan)[2];
    expect([third?.rows[0]?.timescale?.raw, text(third?.rows[0]?.lead)]).toEqual([
      "31 March 2018",
      "West Dunbartonshire Community Justice Partners",
    ]);
  });

  it("reports the rows it filled and the headings it found, with their rules", () => {
    expect(read.report.rows.filled.map((f) => [f.row, f.from])).toEqual([
      [4, 3],
      [5, 3],
    ]);
    expect(read.report.rows.headings.map((h) => [h.row, h.rule])).toEqual([
      [2, "labelled-heading"],
      [6, "labelled-heading"],
    ]);
    expect(codes(read.issues)).toContain("table/merged-cells-filled");
    accounted(read);
  });

  it("leaves them empty when asked", () => {
    const kept = readPlanCsv("Action,Due,Managed By\nFirst,March 2018,CJP\nSecond,,\n", {
      plan: meta,
      mergedCells: "keep-empty",
    });
    expect(kept.ok && actions(kept.value.plan)[1]?.rows[0]).toEqual({});
  });
});

describe("4. a heading repeated (East Lothian's performance report 2023-24)", () => {
  const csv =
    "No.,National Outcome,Reporting Year,Reporting Year\n1,More people successfully complete diversion from prosecution,8,9\n";
  const read = readPlanCsv(csv, { plan: meta });

  it("keeps both columns apart, with a warning", () => {
    expect(read.ok && actions(read.value.plan)[0]?.rows[0]?.extra).toEqual({
      "Reporting Year": "8",
      "Reporting Year (2)": "9",
    });
    expect(read.issues.find((i) => i.code === "table/duplicate-heading")).toMatchObject({
      row: 1,
      column: "Reporting Year (2)",
    });
    accounted(read);
  });

  it("writes both back, in either layout, and reads the same again", () => {
    if (!read.ok) return;
    for (const layout of ["canonical", "document"] as const) {
      const { csv: again } = writePlanCsv(read.value.plan, { layout });
      expect(again.split("\r\n")[0]?.match(/Reporting Year/g)).toHaveLength(2);
      const back = readPlanCsv(again, { plan: meta });
      expect(back.ok && actions(back.value.plan)[0]?.rows[0]?.extra).toEqual({
        "Reporting Year": "8",
        "Reporting Year (2)": "9",
      });
    }
    expect(shown(read.value.plan)[0]).toEqual([
      "1",
      "More people successfully complete diversion from prosecution",
      "8",
      "9",
    ]);
  });
});

describe("5. a Status column as officers type it", () => {
  // "complete" as written is also the canonical status, which a canonical table writes: Word shows "Complete".
  it.each(["Complete", "COMPLETE", "complete"])("reads %j as complete, keeping the wording", (status) => {
    const read = readPlanCsv(
      `No.,Deliverable,Status\n34,Implement the Community Justice Performance Framework,${status}\n`,
      {
        plan: meta,
        progress: progressMeta,
      },
    );
    expect(read.ok && read.value.progress?.entries[0]?.status).toMatchObject({
      raw: status === "complete" ? "" : status,
      status: "complete",
    });
    expect(codes(read.issues)).not.toContain("table/unknown-status");
    if (read.ok)
      expect(shown(read.value.plan, read.value.progress)[0]?.[2]).toBe(
        status === "complete" ? "Complete" : status,
      );
  });

  it("keeps a reported RAG beside the status, and a revised due date", () => {
    const read = readPlanCsv(
      "No.,Deliverable,Timescale,Revised timescale,Status,RAG\n34,Embed the framework,April 2024,March 2025,In progress (with revised timescale),Amber\n",
      { plan: meta, progress: progressMeta },
    );
    const entry = read.ok ? read.value.progress?.entries[0] : undefined;
    expect(entry?.reportedRag).toEqual({ raw: "Amber", rag: "amber" });
    expect(entry?.revisedTimescale?.raw).toBe("March 2025");
    expect(entry?.status.raw).toBe("In progress (with revised timescale)");
    accounted(read);
  });
});

describe("6. progress columns and no return to put them in", () => {
  it("keeps their cells as extra columns of the plan, with a warning", () => {
    const read = readPlanCsv("Number,Title,Progress,Status\n1,Title,Group established,On target\n", {
      plan: meta,
    });
    expect(read.ok && actions(read.value.plan)[0]?.rows[0]?.extra).toEqual({
      Progress: "Group established",
      Status: "On target",
    });
    expect(codes(read.issues)).toEqual(["table/progress-without-return"]);
    if (read.ok) expect(shown(read.value.plan)[0]).toEqual(["1", "Title", "Group established", "On target"]);
  });
});

describe("7. an Excel sep= line", () => {
  it("sets the separator and is not read as a row", () => {
    const read = readPlanCsv("sep=;\r\nNumber;Title;Lead\r\n1;Set up groups, and more;CJP\r\n", {
      plan: meta,
    });
    expect(read.ok && actions(read.value.plan).map((a) => [a.number, text(a.title)])).toEqual([
      ["1", "Set up groups, and more"],
    ]);
    expect(read.report.headingRow).toBe(2);
  });
});

describe("8. Windows-1252 bytes 0x80-0x9F", () => {
  it("reads ’ “ ” – € … as the characters older Excel meant, and writes them back as UTF-8", () => {
    const source = "Number,Title\r\n1,the council\x92s plan \x96 \x93draft\x94 \x80500\x85\r\n";
    const bytes = Uint8Array.from([...source].map((c) => c.charCodeAt(0)));
    const read = readPlanCsv(bytes, { plan: meta });
    expect(read.ok && text(actions(read.value.plan)[0]?.title)).toBe("the council’s plan – “draft” €500…");
    if (read.ok) expect(writePlanCsv(read.value.plan).csv).toContain("the council’s plan – “draft” €500…");
  });
});

describe("9. one stray byte in a UTF-8 file", () => {
  const utf8 = new TextEncoder().encode("Number,Title\n1,Café services\n2,Partners");
  const bytes = Uint8Array.from([...utf8, 0x92, ...new TextEncoder().encode(" plan\n3,Résumé\n")]);

  it("spoils only itself: é stays é, the byte is read as Windows-1252, and its line is named", () => {
    const read = readPlanCsv(bytes, { plan: meta });
    expect(read.ok && actions(read.value.plan).map((a) => text(a.title))).toEqual([
      "Café services",
      "Partners’ plan",
      "Résumé",
    ]);
    expect(read.issues.find((i) => i.code === "csv/encoding-mixed")).toMatchObject({
      severity: "warning",
      row: 3,
    });
  });

  it("with UTF-8 forced, says so where the bytes became U+FFFD", () => {
    const read = readPlanCsv(bytes, { plan: meta, encoding: "utf-8" });
    expect(read.ok && text(actions(read.value.plan)[1]?.title)).toBe("Partners\uFFFD plan");
    expect(read.issues.find((i) => i.code === "csv/encoding-replaced")).toMatchObject({
      severity: "warning",
      row: 3,
    });
  });
});

describe("10. a date as Excel saves it back", () => {
  it("reads Reported on 30/09/2010 day first", () => {
    const read = readProgressCsv("Period,Action,Reported on,Progress\n2010-11 Q2,1,30/09/2010,On target\n", {
      authority: communityJusticeAuthorities.lanarkshire,
    });
    expect(read.ok && read.value[0]?.reportedOn).toBe("2010-09-30");
    expect(read.issues).toEqual([]);
  });
});

describe("11. line ends CRLF, LF and CR in one file", () => {
  it("reads each row apart", () => {
    const read = readPlanCsv("Number,Title\r\n1,First\n2,Second\r3,Third\r\n", { plan: meta });
    expect(read.ok && actions(read.value.plan).map((a) => a.number)).toEqual(["1", "2", "3"]);
    expect(read.issues).toEqual([]);
  });
});

describe("12. a semicolon file whose headings hold commas", () => {
  it("is read at its semicolons", () => {
    const read = readPlanCsv(
      "No.;Deliverable;Lead partner;In collaboration with, among others\n1;Establish a working group;SG, COPFS;third sector\n2;Revise guidance;SG;CJS\n",
      { plan: meta },
    );
    expect(read.ok && actions(read.value.plan).map((a) => text(a.rows[0]?.lead))).toEqual([
      "SG, COPFS",
      "SG",
    ]);
    expect(read.report.columns.map((c) => c.label)).toEqual([
      "No.",
      "Deliverable",
      "Lead partner",
      "In collaboration with, among others",
    ]);
  });
});

describe("13. the headings of partnership-era plans", () => {
  it.each([
    ["Managed By", "lead"],
    ["Lead Partner", "lead"],
    ["Lead Agency", "lead"],
    ["Lead Officer(s)", "lead"],
    ["Responsible Officer", "lead"],
    ["Action Due Date", "timescale"],
    ["Due", "timescale"],
    ["Completion date", "timescale"],
    ["Deliverable", "title"],
    ["Deliverables", "title"],
    ["National Outcome", "outcomeRefs"],
    ["Indicator", "title"],
    ["Partners in collaboration", "partners"],
    ["Action", "number"],
    ["Actions", "number"],
    ["LEAD OFFICERS", "lead"],
  ])("knows %j as %s", (heading, field) => {
    expect(matchField(heading)).toBe(field);
  });
});

describe("14. no heading recognised", () => {
  it("is one error that names the headings and says what to pass", () => {
    const read = readPlanCsv("Cohort,Number of offenders,Reconviction rate\n2019-20,27000,24.1%\n", {
      plan: meta,
    });
    expect(read.ok).toBe(false);
    const errors = read.issues.filter((i) => i.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "table/no-known-headings", row: 1 });
    expect(errors[0]?.message).toContain('"Cohort"');
    expect(errors[0]?.message).toContain("headings option");
    accounted(read);
  });

  it("reads the table once the headings option says what the columns hold", () => {
    const read = readPlanCsv("Cohort,Number of offenders,Reconviction rate\n2019-20,27000,24.1%\n", {
      plan: meta,
      headings: { Cohort: "title" },
    });
    expect(read.ok && shown(read.value.plan)).toEqual([["2019-20", "27000", "24.1%"]]);
  });
});

describe("15. both layouts read back with the plan's column labels", () => {
  const plan: Plan = {
    ...meta,
    columns: [
      { field: "number", label: "No." },
      { field: "title", label: "Deliverable" },
      { field: "timescale", label: "Timescale" },
      { field: "flag", key: "area-plan", label: "Area plan y/n" },
    ],
    themes: [
      {
        title: "Aim 1",
        actions: [
          {
            number: "1",
            title: [{ kind: "paragraph", text: "Establish a working group" }],
            rows: [
              {
                timescale: { raw: "October 2023", segments: [] },
                flags: { "area-plan": { raw: "Y", value: true } },
              },
            ],
          },
        ],
      },
    ],
  };

  it("the canonical layout keeps the labels, so Word shows the plan's columns", () => {
    const read = readPlanCsv(writePlanCsv(plan).csv, { plan: meta });
    expect(read.ok && read.value.plan.columns).toEqual(plan.columns);
  });

  it("the document layout reads back without passing the columns again", () => {
    const read = readPlanCsv(writePlanCsv(plan, { layout: "document" }).csv, { plan: meta });
    expect(read.ok && read.value.plan.columns.map((c) => [c.field, c.label])).toEqual(
      plan.columns.map((c) => [c.field, c.label]),
    );
    expect(read.ok && actions(read.value.plan)[0]?.rows[0]?.flags).toEqual({
      "area-plan": { raw: "Y", value: true },
    });
  });
});

describe("16. themes nested where their numbers do not say so", () => {
  const plan: Plan = {
    ...meta,
    columns: [
      { field: "number", label: "No." },
      { field: "title", label: "Deliverable" },
    ],
    themes: [
      {
        number: "2",
        title: "Improve the effectiveness of community interventions",
        themes: [
          {
            number: "3",
            title: "Ensure a range of services",
            actions: [
              {
                number: "12",
                title: [{ kind: "paragraph", text: "Revise justice social work guidance" }],
                rows: [{}],
              },
            ],
          },
        ],
      },
    ],
  };

  it.each(["canonical", "document"] as const)("reads back nested from the %s layout", (layout) => {
    const read = readPlanCsv(writePlanCsv(plan, { layout }).csv, { plan: meta });
    expect(read.ok && read.value.plan.themes).toEqual(plan.themes);
  });
});

describe("17. headings and fields named like prototype keys", () => {
  it("keeps __proto__ and constructor columns under safe keys, with a warning", () => {
    const read = readPlanCsv("Number,__proto__,constructor,Flag: __proto__\n1,a,b,yes\n", { plan: meta });
    const row = read.ok ? actions(read.value.plan)[0]?.rows[0] : undefined;
    expect(row?.extra).toEqual({ "__proto__ (column 2)": "a", "constructor (column 3)": "b" });
    expect(Object.keys(row?.flags ?? {})).toEqual(["__proto__ (flag)"]);
    expect(codes(read.issues).filter((c) => c === "table/reserved-heading")).toHaveLength(3);
    expect(({} as Record<string, unknown>).a).toBeUndefined();
  });

  it("reports committee report fields named __proto__ or toString, an unknown table, and an empty file", () => {
    const header = "Field,Section number,Section title,Role,Paragraph number,Text";
    const fields = readCommitteeReportCsv(
      `${header}\n__proto__,,,,,x\ntoString,,,,,y\nsection,1,Purpose,purpose,,\n`,
      { authority },
    );
    expect(fields.issues.filter((i) => i.code.startsWith("table/")).map((i) => [i.code, i.row])).toEqual([
      ["table/unknown-field", 2],
      ["table/unknown-field", 3],
    ]);
    expect(codes(readCommitteeReportCsv("Foo,Bar\n1,2\n", { authority }).issues)).toContain(
      "table/no-known-headings",
    );
    expect(readCommitteeReportCsv("", { authority }).ok).toBe(false);
    expect(readCommitteeReportCsv("\n\n", { authority }).ok).toBe(false);
  });
});

describe("18. a heading that looks like a formula", () => {
  it("keeps one apostrophe however often it is written and read", () => {
    const first = readPlanCsv('Number,"=HYPERLINK(""x"")"\n1,a\n', { plan: meta });
    if (!first.ok) throw new Error("not read");
    const once = writePlanCsv(first.value.plan).csv;
    const again = readPlanCsv(once, { plan: meta });
    if (!again.ok) throw new Error("not read again");
    expect(writePlanCsv(again.value.plan).csv).toBe(once);
    expect(once).toContain(`"'=HYPERLINK(""x"")"`);
    expect(once).not.toContain("''=");
  });
});

async function* chunksOf(parts: ReadonlyArray<string | Uint8Array>) {
  for (const part of parts) yield part;
}

describe("19. streams", () => {
  it("keep chunks of text and bytes in their order", async () => {
    const encode = (s: string) => new TextEncoder().encode(s);
    const read = await readPlanCsvStream(
      chunksOf(["Number,", encode("Title\n1,"), "First\n2", encode(",Sec"), "ond\n"]),
      { plan: meta },
    );
    expect(read.ok && actions(read.value.plan).map((a) => text(a.title))).toEqual(["First", "Second"]);
  });

  it("give what the whole file gives with a stray quote before multi-line cells, cut anywhere", async () => {
    const csv = 'Number,Title\n1,"Stray\n2,"A cell\nover lines"\n3,Fine\n4,"More\nlines"\n';
    const whole = readPlanCsv(csv, { plan: meta });
    for (let cut = 1; cut < csv.length; cut++) {
      const read = await readPlanCsvStream(chunksOf([csv.slice(0, cut), csv.slice(cut)]), { plan: meta });
      expect(read).toEqual(whole);
    }
    expect(codes(whole.issues)).toContain("csv/malformed-row");
  });

  it("read a file that turns Windows-1252 after 64 KiB as the whole file does", async () => {
    const head = `Number,Title\n${Array.from({ length: 6000 }, (_, i) => `${i + 1},Café ${i}`).join("\n")}\n`;
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode(head),
      ...[..."6001,Women\x92s services\n"].map((c) => c.charCodeAt(0)),
    ]);
    expect(bytes.length).toBeGreaterThan(65_536);
    const whole = readPlanCsv(bytes, { plan: meta });
    const stream = await readPlanCsvStream(chunksOf([bytes.subarray(0, 70_000), bytes.subarray(70_000)]), {
      plan: meta,
    });
    expect(stream).toEqual(whole);
    expect(whole.ok && text(actions(whole.value.plan).at(-1)?.title)).toBe("Women’s services");
    expect(whole.ok && text(actions(whole.value.plan)[0]?.title)).toBe("Café 0");
  });
});

describe("20. cells of a progress CSV", () => {
  const lanarkshire = communityJusticeAuthorities.lanarkshire;

  it("locate an impossible period at its row and column", () => {
    const read = readProgressCsv("Period,Action,Progress\nYear 0 (2009-10),1,On target\n", {
      authority: lanarkshire,
    });
    expect(read.issues).toMatchObject([
      { code: "table/bad-period", row: 2, column: "Period", actual: "Year 0 (2009-10)" },
    ]);
  });

  it("do not read 0x10 as a percentage", () => {
    const read = readProgressCsv("Period,Action,Progress,% complete\n2010-11 Q2,1,On target,0x10\n", {
      authority: lanarkshire,
    });
    expect(read.ok && read.value[0]?.entries[0]?.percentComplete).toBeUndefined();
    expect(read.issues).toMatchObject([{ code: "table/bad-percentage", row: 2, column: "% complete" }]);
    const good = readProgressCsv("Period,Action,Progress,% complete\n2010-11 Q2,1,On target,40%\n", {
      authority: lanarkshire,
    });
    expect(good.ok && good.value[0]?.entries[0]?.percentComplete).toBe(40);
  });
});
