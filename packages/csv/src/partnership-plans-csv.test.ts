import type { Plan, ProgressReturn } from "@cja-kit/core";
import {
  deliveryPlanCompleted2024,
  deliveryPlanUpdate2,
  nationalDeliveryPlan2023,
  westDunbartonshireActionPlan2017_18,
} from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { readPlanCsv } from "./read-plan-csv";
import { readProgressCsv } from "./read-progress-csv";
import { writePlanCsv } from "./write-plan-csv";
import { writeProgressCsv } from "./write-progress-csv";

const metaOf = (plan: Plan) => {
  const { themes: _themes, columns: _columns, ...meta } = plan;
  return meta;
};
const returnMeta = (progress: ProgressReturn) => {
  const { entries: _entries, ...meta } = progress;
  return meta;
};

describe("writePlanCsv and readPlanCsv on today's partnership plans", () => {
  it.each([
    ["West Dunbartonshire's outcome improvement action plan 2017-18", westDunbartonshireActionPlan2017_18],
    ["the national delivery plan 2023", nationalDeliveryPlan2023],
    ["the delivery plan's completed deliverables 2024", deliveryPlanCompleted2024],
  ])("reads %s back exactly, its nesting and references as published", (_name, plan) => {
    const { csv, issues } = writePlanCsv(plan);
    expect(issues).toEqual([]);
    const read = readPlanCsv(csv, { plan: metaOf(plan) });
    expect(read.issues).toEqual([]);
    expect(read.ok && read.value.plan).toEqual(plan);
  });

  it('keeps references the wording does not say as codes beside it ("Section 4" of the 2016 strategy)', () => {
    const { csv } = writePlanCsv(westDunbartonshireActionPlan2017_18);
    const header = csv.slice(csv.startsWith("\uFEFF") ? 1 : 0, csv.indexOf("\r\n")).split(",");
    expect(header.filter((label) => / outcome codes$/.test(label)).length).toBeGreaterThan(0);
  });

  it("writes update 2's Opened and Closed under Progress: headings and reads them back onto each entry", () => {
    const { csv, issues } = writePlanCsv(deliveryPlanCompleted2024, { progress: deliveryPlanUpdate2 });
    expect(issues).toEqual([]);
    expect(csv).toContain("Progress: Opened");
    const read = readPlanCsv(csv, {
      plan: metaOf(deliveryPlanCompleted2024),
      progress: returnMeta(deliveryPlanUpdate2),
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.plan).toEqual(deliveryPlanCompleted2024);
    expect(read.value.progress?.entries).toEqual(
      deliveryPlanUpdate2.entries.map((entry) => ({ ...entry, row: entry.row ?? 0 })),
    );
  });

  it("writes update 2 as a progress CSV, its six-monthly period and Opened and Closed read back", () => {
    const csv = writeProgressCsv(deliveryPlanUpdate2).csv;
    expect(csv).toContain("Update 2");
    const read = readProgressCsv(csv, { authority: deliveryPlanUpdate2.authority });
    expect(read.issues.filter((issue) => issue.severity !== "info")).toEqual([]);
    expect(read.ok && read.value).toEqual([deliveryPlanUpdate2]);
  });
});
