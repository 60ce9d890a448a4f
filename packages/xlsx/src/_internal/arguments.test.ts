import { CjaKitError, communityJusticeAuthorities } from "@cja-kit/core";
import { lanarkshirePerformanceFrameworkReport } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { readCommitteeReportXlsx } from "../read/read-committee-report-xlsx";
import { readPlanXlsx } from "../read/read-plan-xlsx";
import { readProgressXlsx } from "../read/read-progress-xlsx";
import { sheetRecords } from "../read/sheet-records";
import { writeWorkbook } from "../write/write-workbook";

const bytes = writeWorkbook({ committeeReport: lanarkshirePerformanceFrameworkReport }).bytes;
const code = (call: () => unknown) => {
  try {
    call();
    return "no error";
  } catch (error) {
    return error instanceof CjaKitError ? error.code : String(error);
  }
};

const message = (call: () => unknown) => {
  try {
    call();
    return "no error";
  } catch (error) {
    return error instanceof CjaKitError ? error.message : String(error);
  }
};
const authority = communityJusticeAuthorities.lanarkshire;
const planOptions = { plan: { kind: "action-plan", authority, period: { from: "2010-11", to: "2010-11" } } };

describe("wrong-typed arguments", () => {
  it.each([
    ["bytes that are a number", () => sheetRecords(-1 as never)],
    ["bytes that are text", () => sheetRecords("PK" as never)],
    ["options that are null", () => sheetRecords(bytes, null as never)],
    ["options that are an array", () => sheetRecords(bytes, [] as never)],
    ["a plan reader without the plan's fields", () => readPlanXlsx(bytes, {} as never)],
    [
      "a report reader whose authority is text",
      () => readCommitteeReportXlsx(bytes, { authority: "Lanarkshire" } as never),
    ],
    ["contents that are text", () => writeWorkbook("plan" as never)],
    ["contents holding nothing", () => writeWorkbook({})],
    [
      "write options that are null",
      () => writeWorkbook({ committeeReport: lanarkshirePerformanceFrameworkReport }, null as never),
    ],
  ])("are misuse, answered with CjaKitError usage/invalid-argument: %s", (_what, call) => {
    expect(code(call)).toBe("usage/invalid-argument");
  });

  it.each([
    ["readPlanXlsx", () => readPlanXlsx(bytes, { ...planOptions, maxColumns: -1 } as never)],
    ["readProgressXlsx", () => readProgressXlsx(bytes, { authority, mergedCells: "merge" } as never)],
    ["readCommitteeReportXlsx", () => readCommitteeReportXlsx(bytes, { authority, headings: 5 } as never)],
  ])("refuse a table option of the wrong type in %s's own name", (name, call) => {
    expect(message(call)).toMatch(
      new RegExp(`^${name}: options\\.(maxColumns|mergedCells|headings) must be`),
    );
  });

  it("leave a damaged workbook to the issues", () => {
    expect(sheetRecords(new Uint8Array([1, 2, 3])).map((item) => "issue" in item && item.issue.code)).toEqual(
      ["xlsx/not-a-zip"],
    );
  });
});
