import { CommitteeReport, communityJusticeAuthorities, Issue, Plan, ProgressReturn } from "@cja-kit/core";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { readCommitteeReportCsv } from "./index";
import { readPlanCsv } from "./read-plan-csv";
import { readProgressCsv } from "./read-progress-csv";

const authority = communityJusticeAuthorities.lanarkshire;
const plan = { kind: "action-plan" as const, authority, period: { from: "2010-11", to: "2010-11" } };
// Arbitrary text and bytes, and text built from what CSV files are made of.
const anyText = fc.string({ unit: "binary", maxLength: 200 });
const csvLike = fc
  .array(
    fc.constantFrom(
      "Number",
      "Title",
      "Timescale",
      "Progress",
      "Period",
      "Action",
      ",",
      ";",
      "\t",
      '"',
      '""',
      "\n",
      "\r\n",
      "\r",
      "2.4.1",
      "cont./",
      "July 2008",
      "=1+1",
      "£",
      "\uFEFF",
      "2010-11 Q2",
      " ",
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));
const input = fc.oneof(anyText, csvLike, fc.uint8Array({ maxLength: 200 }));

describe("the CSV readers never throw (property)", () => {
  test.prop([input], { numRuns: 1000 })(
    "readPlanCsv, readProgressCsv and readCommitteeReportCsv give typed issues and account for every cell, for any input",
    (data) => {
      const planRead = readPlanCsv(data, { plan });
      const progressRead = readProgressCsv(data, { authority });
      const reportRead = readCommitteeReportCsv(data, { authority });
      for (const result of [planRead, progressRead, reportRead]) {
        expect(result.issues.every((issue) => Issue.safeParse(issue).success)).toBe(true);
        expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === "error"));
        const { nonEmpty, placed, reported } = result.report.cells;
        expect(nonEmpty).toBe(placed + reported);
      }
      // What the readers build without a schema parse always satisfies the schema.
      if (planRead.ok) expect(Plan.safeParse(planRead.value.plan).success).toBe(true);
      if (progressRead.ok)
        for (const r of progressRead.value) expect(ProgressReturn.safeParse(r).success).toBe(true);
      if (reportRead.ok) expect(CommitteeReport.safeParse(reportRead.value).success).toBe(true);
    },
    120_000,
  );
});
