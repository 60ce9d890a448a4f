import { communityJusticeAuthorities } from "@cja-kit/core";
import { lanarkshireChiefOfficersUpdate, lanarkshirePerformanceFrameworkReport } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { readCommitteeReportCsv, writeCommitteeReportCsv } from "./index";

const authority = communityJusticeAuthorities.lanarkshire;

describe.each([
  ["lanarkshire-committee-report-2008-02-28", lanarkshirePerformanceFrameworkReport],
  ["lanarkshire-chief-officers-update-2007", lanarkshireChiefOfficersUpdate],
])("committee report CSV: %s", (slug, report) => {
  const csv = writeCommitteeReportCsv(report).csv;

  it("is the golden file", async () => {
    await expect(csv).toMatchFileSnapshot(`../test/golden/${slug}.csv`);
  });

  it("reads back the same report, byte for byte when written again", () => {
    const read = readCommitteeReportCsv(csv, { authority });
    expect(read).toMatchObject({ ok: true, value: report, issues: [] });
    expect(read.ok && read.value).toEqual(report);
    expect(read.ok && writeCommitteeReportCsv(read.value).csv).toBe(csv);
  });
});

describe("committee report CSV with the whole header block", () => {
  it("reads back the agenda item, the committee and the meeting date", () => {
    const report = {
      ...lanarkshireChiefOfficersUpdate,
      agendaItem: "5",
      meeting: "Lanarkshire Community Justice Authority",
      meetingDate: "19 September 2007",
    };
    const read = readCommitteeReportCsv(writeCommitteeReportCsv(report).csv, { authority });
    expect([read.ok, read.issues]).toEqual([true, []]);
    expect(read.ok && read.value).toEqual(report);
  });
});

describe("readCommitteeReportCsv", () => {
  it("keeps a section with no paragraphs, and reports unknown fields and roles with their rows", () => {
    const text = [
      "Field,Section number,Section title,Role,Paragraph number,Text",
      "subject,,,,,Chief Officer's Update",
      "colour,,,,,blue",
      "section,1,Purpose of Report,purpose,,",
      ",2,Recommendation(s),recommendations,2.1,That the report be noted.",
      ",3,Other,gossip,3.1,Nil",
    ].join("\n");
    const read = readCommitteeReportCsv(text, { authority });
    expect(read.issues.map((issue) => [issue.code, issue.row, issue.column])).toEqual([
      ["table/unknown-field", 3, "Field"],
      ["table/unknown-role", 6, "Role"],
    ]);
    const fixed = readCommitteeReportCsv(text.replace("gossip", "body").replace("colour,,,,,blue\n", ""), {
      authority,
    });
    expect(fixed.ok && fixed.value.sections.map((s) => [s.number, s.paragraphs.length])).toEqual([
      ["1", 0],
      ["2", 1],
      ["3", 1],
    ]);
  });
});
