import { communityJusticeAuthorities, contentText, type Plan, planActions } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { type PlanMeta, readPlanCsv } from "./index";

const meta: PlanMeta = {
  kind: "implementation-plan",
  authority: communityJusticeAuthorities.lanarkshire,
  period: { from: "2008-09", to: "2008-09" },
  areaPlanPeriod: { from: "2008-09", to: "2010-11" },
  outcomeFramework: "nsmo-2006",
};
const progressMeta = {
  authority: communityJusticeAuthorities.lanarkshire,
  period: { kind: "quarter", year: "2008-09", quarter: 2 },
} as const;

// A council officer's spreadsheet of seed 003 rows, headed in their own words.
const sheet = [
  "ACTION NO,Aim,Objective,Milestones,Due date,Lead Officer,Progress,Comments",
  '2.4.1,Facilitate the development of “diversion” for appropriate offenders at all stages of the Criminal Justice System.,Audit current diversion schemes/practice’s and assesses the potential for future developments.,"Prepare a report that identifies where, diversion is used at present and highlights any gaps in provision",July 2008,LCJA Chief Officer,Links have been made with key agencies to take this work forward,ask CO',
  '2.5.1,Facilitate the audit of any overlap between agencies with regards to substance misuse.,"Form to be developed and distributed to obtain information on role of agency, client group and geographical catchment area etc.","• Audit carried out\n• Report published","July 2008\nSeptember 2008","ADAT\nADAT",Audit not required as ADAT have information available,',
].join("\r\n");

const actions = (plan: Plan) => planActions(plan).map(({ action }) => action);

describe("readPlanCsv", () => {
  const read = readPlanCsv(sheet, { plan: meta, progress: progressMeta });

  it("matches headings through aliases, whatever their case", () => {
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const [first, second] = actions(read.value.plan);
    expect(first?.number).toBe("2.4.1");
    expect(first?.rows[0]?.lead).toEqual([{ kind: "paragraph", text: "LCJA Chief Officer" }]);
    expect(first?.rows[0]?.timescale?.segments[0]?.when).toEqual({
      kind: "date",
      span: { start: "2008-07-01", end: "2008-07-31", precision: "month" },
    });
    expect(second?.rows[0]?.milestones).toEqual([
      { kind: "list", marker: "bullet", items: ["Audit carried out", "Report published"] },
    ]);
    expect(read.value.plan.columns.map((c) => c.field)).toEqual([
      "number",
      "aim",
      "objective",
      "milestones",
      "timescale",
      "lead",
      "progress",
      "extra",
    ]);
  });

  it("keeps unknown columns as extra fields", () => {
    expect(read.ok && actions(read.value.plan)[0]?.rows[0]?.extra).toEqual({ Comments: "ask CO" });
  });

  it("reads the progress column into the return, status from its wording", () => {
    expect(read.ok && read.value.progress?.entries.map((e) => [e.action, e.status.status])).toEqual([
      ["2.4.1", "ongoing"],
      ["2.5.1", "no-longer-required"],
    ]);
  });

  it("reads the same file with or without a BOM, with LF, semicolons or tabs", () => {
    for (const variant of [
      `\uFEFF${sheet}`,
      sheet.replace(/\r\n/g, "\n"),
      sheet.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ";"),
      sheet.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, "\t"),
    ]) {
      const again = readPlanCsv(variant, { plan: meta, progress: progressMeta });
      expect(again.ok && actions(again.value.plan)).toEqual(read.ok && actions(read.value.plan));
    }
  });

  it("reads Windows-1252 as older Excel saves it (£ is byte 0xA3), detected or chosen", () => {
    const text = "Number,Title,Resources\r\n3.1.4,Development of network of specialist resources,£30k\r\n";
    const bytes = Uint8Array.from([...text].map((char) => (char === "£" ? 0xa3 : char.charCodeAt(0))));
    const detected = readPlanCsv(bytes, { plan: meta });
    expect(detected.ok && actions(detected.value.plan)[0]?.rows[0]?.resources?.amounts[0]?.pence).toBe(
      3_000_000,
    );
    expect(detected.issues.map((issue) => issue.code)).toContain("csv/encoding-windows-1252");
    const chosen = readPlanCsv(bytes, { plan: meta, encoding: "windows-1252" });
    expect(chosen.ok && actions(chosen.value.plan)[0]?.rows[0]?.resources?.raw).toBe("£30k");
    const utf8 = readPlanCsv(new TextEncoder().encode(`\uFEFF${text}`), { plan: meta });
    expect(utf8.ok && actions(utf8.value.plan)[0]?.rows[0]?.resources?.raw).toBe("£30k");
  });

  it("merges cont./ rows and keeps further rows of one number (seed 002)", () => {
    const text = [
      "Key Measure,Specific Operational Detail,Time-scale,Year 2 Progress/ Amendments",
      "2.1.3 Create alternative treatment models for alcohol related offending / not just advice based.,Develop a multi agency social model compared to DTTO.,1-2 years,A preliminary literature review on the applicability of alcohol brief interventions for CJA clients has been",
      "2.1.3 cont./,,,completed. This is being augmented by a review on residential and peer supported Detox services (e.g. LEAP).",
      "2.4.1 Through the provision of effective community based disposals,Implement new standards for community service,2009-2011,Community Service Group established.",
      ",Establish a model of evaluation for DTTO,2010/11,Establish project plan and project group",
    ].join("\n");
    const result = readPlanCsv(text, {
      plan: { ...meta, outcomeFramework: "nab-2008" },
      progress: progressMeta,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(actions(result.value.plan).map((a) => [a.number, a.rows.length])).toEqual([
      ["2.1.3", 1],
      ["2.4.1", 2],
    ]);
    expect(contentText(result.value.progress?.entries[0]?.progress ?? [])).toBe(
      "A preliminary literature review on the applicability of alcohol brief interventions for CJA clients has been completed. This is being augmented by a review on residential and peer supported Detox services (e.g. LEAP).",
    );
    expect(result.value.progress?.entries.map((e) => `${e.action}/${e.row}`)).toEqual([
      "2.1.3/0",
      "2.4.1/0",
      "2.4.1/1",
    ]);
  });
});

// East Dunbartonshire's CJOIP 2023-2026 delivery plan as an officer saves it from Excel to CSV: the
// group row merged over the headings becomes labels over blank cells.
describe("readPlanCsv: a group row over the heading row", () => {
  const text = [
    "Action,,,Progress,",
    "No.,Action,Lead partner,RAG,Update",
    "1.1,Deliver awareness sessions on community justice to community councils,CJED partnership,Green,Four sessions held",
  ].join("\r\n");
  const read = readPlanCsv(text, { plan: meta, progress: progressMeta });

  it("reads the headings from the row under the group row, and names the groups", () => {
    expect(read.report.headingRow).toBe(2);
    expect(read.issues.filter((i) => i.code === "table/group-heading-row").map((i) => i.message)).toEqual([
      'Row 1 is a group row over the headings under it ("Action" over columns 1-3, "Progress" over columns 4-5); the headings are read from row 2, and the group labels are not part of any column.',
    ]);
    const action = read.ok ? actions(read.value.plan)[0] : undefined;
    expect([action?.number, contentText(action?.rows[0]?.lead ?? [])]).toEqual(["1.1", "CJED partnership"]);
    expect(read.ok && read.value.progress?.entries.map((e) => [e.reportedRag?.raw, e.status.status])).toEqual(
      [["Green", "ongoing"]],
    );
  });
});

describe("readPlanCsv problems", () => {
  it("reports each problem with its row and column, and a bad row does not hide the good ones", () => {
    const text = [
      "Number,Title,Timescale",
      "1,Good before,July 2008",
      '2,"Bad quote"here,July 2008',
      "3,Good after,31/02/2010",
      "4,Also good,TBA",
    ].join("\n");
    const read = readPlanCsv(text, { plan: meta });
    expect(read.ok).toBe(false);
    expect(read.issues.map((issue) => [issue.code, issue.row, issue.column ?? null])).toEqual([
      ["csv/malformed-row", 3, null],
      ["timescale/invalid-date", 4, "Timescale"],
    ]);
    const fixed = readPlanCsv(
      text.replace('"Bad quote"here', '"Bad quote, here"').replace("31/02/2010", "March 2010"),
      { plan: meta },
    );
    expect(fixed.ok && actions(fixed.value.plan).map((a) => a.number)).toEqual(["1", "2", "3", "4"]);
  });

  it("warns of ragged rows and keeps their extra cells", () => {
    const read = readPlanCsv("Number,Title\n1,Short\n2\n3,Long,surplus\n", { plan: meta });
    expect(read.issues.map((issue) => [issue.code, issue.row])).toEqual([
      ["table/ragged-row", 3],
      ["table/ragged-row", 4],
    ]);
    expect(read.ok && actions(read.value.plan)[2]?.rows[0]?.extra).toEqual({ "Column 3": "surplus" });
  });

  it("reports an empty file, a duplicate column and an unknown outcome code", () => {
    expect(readPlanCsv("", { plan: meta }).issues.map((i) => i.code)).toEqual(["table/no-heading-row"]);
    const read = readPlanCsv("Number,Lead,Lead Officer,Outcome refs\n1,Chief Officer,SPS,(S9)\n", {
      plan: meta,
    });
    expect(read.issues.map((i) => [i.code, i.column])).toEqual([
      ["table/same-field", "Lead Officer"],
      ["outcome-ref/unknown-code", "Outcome refs"],
    ]);
  });

  it("reports progress columns it has no return for", () => {
    expect(readPlanCsv("Number,Progress\n1,On target\n", { plan: meta }).issues.map((i) => i.code)).toEqual([
      "table/progress-without-return",
    ]);
  });

  it("never throws on arbitrary text", () => {
    for (const text of ['"', '"\n"\n', "\u0000,\u0000", 'a,b\n"c', ",,,\n,,,", "\r\r\r", "🙂,🙂\n🙂"]) {
      expect(() => readPlanCsv(text, { plan: meta })).not.toThrow();
    }
  });
});
