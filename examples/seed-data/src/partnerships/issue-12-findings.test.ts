import {
  assessIndicator,
  communityJusticePartnerships,
  deliveryPlanRows,
  findAuthority,
  findOutcome,
  formatReportingPeriod,
  indicatorLongRows,
  indicatorsFromLongRows,
  indicatorWideTable,
  mapOutcomeRef,
  PlanKind,
  parseReportingPeriod,
  planActions,
  selfAssessmentTable,
} from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import {
  EAST_LOTHIAN_TABLE,
  eastLothianPerformanceReport2023_24,
} from "./east-lothian-2023-24/performance-report";
import {
  SOCIAL_WORK_ORDERS_TABLE,
  socialWorkOrders2016_17,
} from "./justice-social-work-statistics-2016-17/social-work-orders";
import {
  deliveryPlanCompleted2024,
  deliveryPlanUpdate2,
  nationalDeliveryPlan2023,
} from "./national-delivery-plan-2023/delivery-plan";
import { westDunbartonshireActionPlan2017_18 } from "./west-dunbartonshire-2017-18/action-plan";

// Issue 12, "Today's partnerships": the five findings, on the published documents in this folder.

describe("finding 1: outcome improvement plans, delivery plans, annual reports and the 32 partnerships", () => {
  it("has plan kinds for both, and files West Dunbartonshire's plan under its partnership", () => {
    expect(PlanKind.options).toEqual(expect.arrayContaining(["outcome-improvement-plan", "delivery-plan"]));
    expect(westDunbartonshireActionPlan2017_18.authority).toMatchObject({
      kind: "partnership",
      areaCode: "S12000039",
      formerCja: "north-strathclyde",
    });
    expect(findAuthority("S12000039")).toMatchObject({
      ok: true,
      value: communityJusticePartnerships["west-dunbartonshire"],
    });
    expect(nationalDeliveryPlan2023.authority.kind).toBe("national");
  });

  it("reads East Lothian's two self-assessment scores per outcome side by side, and writes the table back", () => {
    const [first] = eastLothianPerformanceReport2023_24.outcomes;
    expect(first?.outcome).toEqual({ framework: "cjpf-2023", code: "1" });
    expect(first?.selfAssessment?.map((score) => score.value)).toEqual([8, 9]);
    expect(selfAssessmentTable(eastLothianPerformanceReport2023_24)).toEqual(EAST_LOTHIAN_TABLE);
  });
});

describe("finding 2: indicators that hold real figures", () => {
  const [orders, cpos] = socialWorkOrders2016_17.indicators;

  it("keeps the seven-year series, '..' as not available, figures as printed", () => {
    expect(orders?.series?.map((point) => point.raw)).toEqual(SOCIAL_WORK_ORDERS_TABLE.rows[0]?.slice(1));
    expect(cpos?.series?.[0]).toMatchObject({ raw: "..", availability: "not-available" });
    expect(
      indicatorWideTable(socialWorkOrders2016_17.indicators).value.rows.map((row) => row.slice(1)),
    ).toEqual(SOCIAL_WORK_ORDERS_TABLE.rows);
  });

  it("assesses the trend against the first year instead of 'no target set', in the source's figures", () => {
    expect(assessIndicator(orders ?? { id: "", name: "" }).because).toBe(
      "20,508 (2016-17) against a baseline of 18,044 (2010-11): up 2,464; no target set.",
    );
  });

  it("round-trips through the long table, one row per indicator per period", () => {
    const rows = indicatorLongRows(socialWorkOrders2016_17.indicators);
    expect(rows.filter((row) => row.value === "..")).toHaveLength(9);
    expect(indicatorsFromLongRows(rows).value).toEqual(socialWorkOrders2016_17.indicators);
  });
});

describe("finding 3: six-monthly updates and date ranges", () => {
  it("writes update 2's period so it reads back, and reads the update's own wording with its span", () => {
    const text = formatReportingPeriod(deliveryPlanUpdate2.period);
    expect(text).toBe("Update 2 – March 2024 (2024-01-01 to 2024-03-31)");
    expect(parseReportingPeriod(text)).toEqual({ ok: true, value: deliveryPlanUpdate2.period, issues: [] });
    expect(parseReportingPeriod("June to December 2023")).toMatchObject({
      ok: true,
      value: { kind: "date-range", start: "2023-06-01", end: "2023-12-31" },
    });
  });
});

describe("finding 4: the frameworks are linked", () => {
  it("maps the 2016 outcomes to 2023 and lets a plan cite Section 4 of the 2016 Strategy", () => {
    expect(mapOutcomeRef({ framework: "cj-opi-2016", code: "1" }, "cjpf-2023")).toEqual([
      { framework: "cjpf-2023", code: "9" },
    ]);
    const [section] = westDunbartonshireActionPlan2017_18.themes;
    expect(section?.outcomeRefs?.raw).toBe("National Community Justice Strategy Section 4");
    expect(findOutcome(section?.outcomeRefs?.refs[0] ?? { framework: "", code: "" })?.wording).toBe(
      "Improved Community Understanding and Participation",
    );
  });
});

describe("finding 5: aim → priority action → deliverable stays nested", () => {
  it("keeps deliverable 34 under Priority Action 11 under Aim 4", () => {
    const [located] = planActions(nationalDeliveryPlan2023);
    expect(located?.themes.map((theme) => theme.outcomeRefs?.refs[0]?.code)).toEqual(["A4", "PA11"]);
    const [row] = deliveryPlanRows(nationalDeliveryPlan2023);
    expect(row?.cells).toMatchObject({
      aim: "Aim 4 - Strengthen the leadership, engagement, and partnership working of local and national community justice partners",
      priorityAction: expect.stringMatching(
        /^Priority Action 11: Deliver improved community justice outcomes/,
      ),
      number: "34",
      timescale: "April 2024",
      lead: "Care Inspectorate, Scottish Government and Community Justice Scotland",
      partners: "statutory community justice partners and third sector",
    });
  });

  it("gives each deliverable its status, text and cells from update 2", () => {
    expect(
      deliveryPlanRows(deliveryPlanCompleted2024, deliveryPlanUpdate2).map((row) => [
        row.cells.number,
        row.cells.status,
        row.extra,
      ]),
    ).toEqual([
      ["1", "Complete", { Opened: "Original delivery plan", Closed: "Update 1" }],
      ["13", "Complete", { Opened: "Original delivery plan", Closed: "Update 1" }],
      ["14", "Complete", { Opened: "Original delivery plan", Closed: "Update 1" }],
      ["18", "Complete", { Opened: "Original delivery plan", Closed: "Update 1" }],
    ]);
  });
});
