import { communityJusticeAuthorities, type ProgressReturn } from "@cja-kit/core";
import {
  lanarkshireProgress2008_09Q2,
  lanarkshireProgress2010_11Q2,
  lothianBordersProgressYear2,
} from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { readProgressCsv } from "./read-progress-csv";
import { writeProgressCsv } from "./write-progress-csv";

const lanarkshire = communityJusticeAuthorities.lanarkshire;

describe("writeProgressCsv and readProgressCsv", () => {
  it("write one row per action per period and read back the same returns", async () => {
    const returns = [lanarkshireProgress2008_09Q2, lanarkshireProgress2010_11Q2];
    const csv = writeProgressCsv(returns).csv;
    await expect(csv).toMatchFileSnapshot("../test/golden/lanarkshire-progress.csv");
    const read = readProgressCsv(csv, { authority: lanarkshire });
    expect(read.ok && read.value).toEqual(returns);
    expect(read.ok && writeProgressCsv(read.value).csv).toBe(csv);
  });

  it("keep the plan year of a Year 2 return and per-row entries", () => {
    const csv = writeProgressCsv(lothianBordersProgressYear2).csv;
    expect(csv).toContain(
      "Year 2 (2009-10),lothian-borders/action-plan-2010-11,Year 2 Progress/ Amendments,,2.4.1,2,",
    );
    const read = readProgressCsv(csv, { authority: lothianBordersProgressYear2.authority });
    expect(read.ok && read.value).toEqual([lothianBordersProgressYear2]);
  });

  it("read a spreadsheet with its own headings, a default period and unknown columns", () => {
    const text = "Quarter,Action No,Progress,RAG note\n2010-11 Q2,2,On target,checked\n,3,Ontrack,\n";
    const read = readProgressCsv(text, {
      authority: lanarkshire,
      period: { kind: "quarter", year: "2010-11", quarter: 2 },
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value).toHaveLength(1);
    expect(read.value[0]?.entries.map((e) => [e.action, e.status.status, e.extra])).toEqual([
      ["2", "on-track", { "RAG note": "checked" }],
      ["3", "on-track", undefined],
    ]);
  });

  it("take a status given apart from the narrative, and keep a manual one", () => {
    const text =
      "Period,Action,Progress,Status\n2010-11 Q2,4,Key meetings continue to be attended,complete\n";
    const read = readProgressCsv(text, { authority: lanarkshire });
    expect(read.ok && read.value[0]?.entries[0]?.status).toEqual({
      raw: "Key meetings continue to be attended",
      status: "complete",
      rule: "manual",
    });
  });

  it("report rows they cannot place, with row and column", () => {
    const text =
      "Period,Action,Row,Progress\nQ5 2010,1,,On target\n2010-11 Q2,,,On target\n2010-11 Q2,1,first,On target\n";
    const read = readProgressCsv(text, { authority: lanarkshire });
    expect(read.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["table/bad-period", 2, "Period"],
      ["table/missing-action", 3, "Action"],
      ["table/bad-row-number", 4, "Row"],
    ]);
  });

  it("need an Action column, and a period from the file or the options", () => {
    expect(
      readProgressCsv("Progress\nOn target\n", { authority: lanarkshire }).issues.map((i) => i.code),
    ).toEqual(["table/missing-column", "table/missing-column"]);
  });

  it("write an entry's own cells under Progress: headings and read them back onto it, with no warning", () => {
    const progress: ProgressReturn = {
      ...lanarkshireProgress2010_11Q2,
      entries: [
        {
          ...lanarkshireProgress2010_11Q2.entries[0],
          extra: { Reviewer: "AP" },
        } as ProgressReturn["entries"][number],
      ],
    };
    const csv = writeProgressCsv(progress).csv;
    expect(csv.split("\r\n")[0]?.endsWith(",Progress: Reviewer")).toBe(true);
    const read = readProgressCsv(csv, { authority: lanarkshire });
    expect(read.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
    expect(read.ok && read.value[0]?.entries[0]?.extra).toEqual({ Reviewer: "AP" });
  });
});
