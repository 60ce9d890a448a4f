import type { ProgressReturn } from "@cja-kit/core";
import { deliveryPlanCompleted2024, deliveryPlanUpdate2, nationalDeliveryPlan2023 } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { cellsOf, paragraphsOf, partOf, rowsOf, stylesOf, tablesOf, textOf } from "../../test/support/xml";
import { renderDeliveryPlan } from "./render-delivery-plan";

// Scottish Government, Community justice strategy: delivery plan (June 2023) and its update 2
// (March 2024), Crown copyright, Open Government Licence v3.0 (examples/seed-data).
const created = "2024-03-28T00:00:00Z";

/** Each table as its rows, each row as its cells' text. */
const tables = async (xml: string) =>
  tablesOf(xml).map((table) => rowsOf(table).map((row) => cellsOf(row).map((cell) => textOf(cell))));

describe("renderDeliveryPlan", () => {
  it("nests aims and priority actions as headings, as the plan nests them", async () => {
    const xml = await partOf(renderDeliveryPlan(nationalDeliveryPlan2023, undefined, { created }));
    const styled = (style: string) =>
      paragraphsOf(xml)
        .filter((p) => stylesOf(p).includes(style))
        .map(textOf);
    expect(styled("Title")).toEqual(["Community justice strategy: delivery plan"]);
    expect(styled("Heading1")).toEqual([
      "Aim 4 - Strengthen the leadership, engagement, and partnership working of local and national community justice partners",
    ]);
    expect(styled("Heading2")).toEqual([
      "Priority Action 11: Deliver improved community justice outcomes by ensuring that effective leadership and governance arrangements are in place and working well, collaborating with partners and planning strategically",
    ]);
  });

  it("sets each deliverable as a block under its number, in the plan's own labels", async () => {
    const [block = []] = await tables(
      await partOf(renderDeliveryPlan(nationalDeliveryPlan2023, undefined, { created })),
    );
    expect(block.map((row) => row[0])).toEqual([
      "No. 34",
      "Deliverables",
      "Timescale",
      "Lead partner",
      "In collaboration with",
      "Further Detail:",
    ]);
    expect(block[3]?.[1]).toBe("Care Inspectorate, Scottish Government and Community Justice Scotland");
    expect(block[4]?.[1]).toBe("statutory community justice partners and third sector");
  });

  it("keeps a block's rows together and on one page, its number band repeated", async () => {
    const xml = await partOf(renderDeliveryPlan(nationalDeliveryPlan2023, undefined, { created }));
    const rows = rowsOf(tablesOf(xml)[0] ?? "");
    expect(rows[0]).toContain("<w:tblHeader/>");
    for (const row of rows) expect(row).toContain("<w:cantSplit/>");
    for (const row of rows.slice(0, -1)) expect(row).toMatch(/<w:keepNext\/>/);
  });

  it("gives an update's status, its own cells and its text, and counts the statuses in the update's words", async () => {
    const xml = await partOf(renderDeliveryPlan(deliveryPlanCompleted2024, deliveryPlanUpdate2, { created }));
    const [tally = [], first = []] = await tables(xml);
    expect(tally).toEqual([
      ["Status", "Deliverables"],
      ["Complete", "4"],
      ["Total", "4"],
    ]);
    expect(first).toEqual([
      ["No. 1"],
      [
        "Deliverable",
        "Establish a working group or other appropriate structure to consider the ‘Joint review of diversion from prosecution’ report and the implementation of recommendations as appropriate.This will take into account ongoing improvement work on diversion from prosecution.",
      ],
      ["Timescale", "October 2023"],
      ["Status", "Complete"],
      ["Opened", "Original delivery plan"],
      ["Closed", "Update 1"],
      [
        "Additional information",
        "A Diversion from Prosecution Working Group comprising of diversion partner agencies has been established.",
      ],
    ]);
    expect(paragraphsOf(xml).map(textOf)).toContain("Update 2 – March 2024: 1 January 2024 to 31 March 2024");
    expect(paragraphsOf(xml).map(textOf)).toContain("Status of the 4 deliverables in this update");
  });

  it("counts the deliverables an update does not mention apart, and prints a revised timescale", async () => {
    const [first, ...rest] = deliveryPlanUpdate2.entries;
    if (first === undefined) throw new Error("update 2 has entries");
    const update: ProgressReturn = {
      ...deliveryPlanUpdate2,
      entries: [
        {
          ...first,
          status: { ...first.status, raw: "In progress (with revised timescale)" },
          revisedTimescale: { raw: "March 2025", segments: [] },
        },
        ...rest.slice(1),
      ],
    };
    const [tally = [], block = []] = await tables(
      await partOf(renderDeliveryPlan(deliveryPlanCompleted2024, update, { created })),
    );
    expect(tally.slice(1)).toEqual([
      ["In progress (with revised timescale)", "1"],
      ["Not in this update", "1"],
      ["Complete", "2"],
      ["Total", "4"],
    ]);
    expect(block).toContainEqual(["Revised timescale", "March 2025"]);
  });
});
