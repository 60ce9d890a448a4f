import { lothianBordersActionPlan2010_11, lothianBordersProgressYear2 } from "@cja-kit/seed-data";
import { estimatePageNumbers } from "docx/layout";
import { describe, expect, it } from "vitest";
import { cellsOf, paragraphsOf, partOf, rowsOf, stylesOf, tablesOf, textOf } from "../../test/support/xml";
import { renderActionPlan } from "./render-action-plan";

const plan = lothianBordersActionPlan2010_11;
const progress = lothianBordersProgressYear2;
const created = "2010-04-01T00:00:00Z";

/** The action tables: those whose header row starts with "Key Measure". */
const actionTables = (xml: string) =>
  tablesOf(xml).filter((t) => textOf(cellsOf(rowsOf(t)[0] ?? "")[0] ?? "") === "Key Measure");
const rowWith = (xml: string, start: string) =>
  actionTables(xml)
    .flatMap(rowsOf)
    .find((row) => textOf(cellsOf(row)[0] ?? "").startsWith(start)) ?? "";

describe("renderActionPlan", () => {
  it("heads each action table with the theme's own column labels, in a header row repeated on every page", async () => {
    const headers = actionTables(await partOf(renderActionPlan(plan, progress, { created }))).map(
      (t) => rowsOf(t)[0] ?? "",
    );
    expect(headers.every((row) => row.includes("<w:tblHeader/>"))).toBe(true);
    const labels = headers.map((row) => cellsOf(row).map(textOf));
    expect(labels[0]).toEqual(plan.columns.map((c) => c.label));
    expect(labels).toContainEqual(plan.themes[0]?.themes?.[1]?.columns?.map((c) => c.label));
  });

  it("shows each theme in the table as a full-width row with a real heading", async () => {
    const xml = await partOf(renderActionPlan(plan, progress, { created }));
    const themeRows = actionTables(xml)
      .flatMap(rowsOf)
      .filter((row) => row.includes('<w:gridSpan w:val="8"/>'));
    expect(themeRows.map(textOf)).toEqual(
      expect.arrayContaining([
        "2.1 Health & Wellbeing",
        "2.3 Accommodation (B1-B5)",
        "2.6 Families Outcomes (A4, A5, C2)",
      ]),
    );
    expect(themeRows.every((row) => stylesOf(row).includes("Heading3"))).toBe(true);
    const headings = paragraphsOf(xml).filter((p) => /Heading[12]/.test(stylesOf(p).join()));
    const afterActions = headings.slice(headings.findIndex((p) => textOf(p) === plan.actionsHeading) + 1);
    expect(afterActions.map(textOf)).toEqual(plan.themes.map((theme) => theme.title));
    expect(afterActions.every((p) => stylesOf(p).includes("Heading2"))).toBe(true);
  });

  it("sets the key measure's number and outcome references in bold, then its wording", async () => {
    const [measure = ""] = cellsOf(
      rowWith(await partOf(renderActionPlan(plan, progress, { created })), "2.2.3."),
    );
    const [heading = "", wording = ""] = paragraphsOf(measure);
    expect(textOf(heading)).toBe("2.2.3. (A1 ; B1-B5)");
    expect(heading).toContain("<w:b/>");
    expect(textOf(wording)).toBe(
      "To recognise that the work skills learned through Community Service Orders are an integral part of improved employment prospects",
    );
    expect(wording).not.toContain("<w:b/>");
  });

  it("keeps a list inside a cell a list, and puts the partners under the lead in the Work Group/ Chair column", async () => {
    const xml = await partOf(renderActionPlan(plan, progress, { created }));
    const bulleted = paragraphsOf(cellsOf(rowWith(xml, "2.3.3."))[1] ?? "");
    expect(bulleted.filter((p) => p.includes("<w:numPr>")).map(textOf)).toContain("Extend SACRO SAT model");
    const unmarked = paragraphsOf(cellsOf(rowWith(xml, "2.3.1"))[1] ?? "").filter((p) =>
      textOf(p).startsWith("1. "),
    );
    expect(unmarked.map(textOf)).toEqual(["1. Arrest Referral"]);
    const lead = paragraphsOf(cellsOf(rowWith(xml, "2.1.1"))[5] ?? "").map(textOf);
    expect(lead).toEqual([
      "Health & Well Being Chair – Phil Mackie, NHS Lothian",
      "Lead Org's: Public Health CJA Social Work SPS",
    ]);
  });

  it("fills the progress columns from the return, and leaves them empty without one", async () => {
    const cellTexts = async (withProgress: boolean) =>
      cellsOf(
        rowWith(
          await partOf(renderActionPlan(plan, withProgress ? progress : undefined, { created })),
          "2.1.2",
        ),
      ).map(textOf);
    expect((await cellTexts(true)).slice(3, 5)).toEqual([
      "A through-care and after care team – working within the Edinburgh Access Practice – has been developed as part of the KeepWell initiative.This will be piloted in NHS Lothian in 2009/10",
      "Specific operational outcomes will be developed on the basis of the evaluation of the pilot scheme in 2009/10. A full service will be operational by 2010/11 onwards.",
    ]);
    expect((await cellTexts(false)).slice(3, 5)).toEqual(["", ""]);
  });

  it("fills the 14 national outcomes from the framework's wording, as numbered lists", async () => {
    const paragraphs = paragraphsOf(await partOf(renderActionPlan(plan, progress, { created })));
    const outcome = paragraphs.find((p) => textOf(p) === "Employability prospects increased") ?? "";
    expect(outcome).toContain("<w:numPr>");
  });

  it("prints the contents' pages as written, or page references when page numbers are worked out", async () => {
    const contents = async (options: Parameters<typeof renderActionPlan>[2]) =>
      paragraphsOf(await partOf(renderActionPlan(plan, progress, options))).filter((p) =>
        p.includes('w:leader="dot"'),
      );
    const written = await contents({ created });
    expect(written.map(textOf)).toEqual(plan.contents?.entries.map((e) => `${e.title}\t${e.pages}`));
    const estimated = await contents({ created, pageNumbers: estimatePageNumbers });
    expect(estimated.every((p) => p.includes("PAGEREF"))).toBe(true);
    expect(estimated.map(textOf).every((text) => /\t\d+$/.test(text))).toBe(true);
  });
});
