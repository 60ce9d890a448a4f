import { lothianBordersActionPlan2010_11, lothianBordersProgressYear2 } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { docxPart } from "../../test/support/docx-parts";
import {
  cellsOf,
  gridOf,
  paragraphsOf,
  partOf,
  rowsOf,
  stylesOf,
  tablesOf,
  textOf,
} from "../../test/support/xml";
import { textWidth } from "../_internal/text-measure";
import { toBuffer } from "../node";
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
  it("sets each chapter in one table, a sub-header row where the source's wording changes, columns lined up (finding 2)", async () => {
    const tables = actionTables(await partOf(renderActionPlan(plan, progress, { created })));
    expect(tables).toHaveLength(plan.themes.length);
    const [first = ""] = tables;
    const [header = "", ...rest] = rowsOf(first);
    expect(header).toContain("<w:tblHeader/>");
    expect(cellsOf(header).map(textOf)).toEqual(plan.columns.map((c) => c.label));
    const subHeaders = rest.filter((row) => textOf(cellsOf(row)[0] ?? "") === "Key Measure");
    expect(subHeaders.map((row) => cellsOf(row).map(textOf))).toContainEqual(
      plan.themes[0]?.themes?.[1]?.columns?.map((c) => c.label),
    );
    for (const row of subHeaders) {
      expect(row).not.toContain("<w:tblHeader/>");
      expect(row).toContain("<w:cantSplit/>");
      expect(row).toContain("<w:keepNext/>");
    }
  });

  it("keeps every row on one page and each theme row and sub-header with the row after it (finding 1)", async () => {
    const rows = actionTables(await partOf(renderActionPlan(plan, progress, { created }))).flatMap(rowsOf);
    expect(rows.every((row) => row.includes("<w:cantSplit/>"))).toBe(true);
    const themeRows = rows.filter((row) => row.includes('<w:gridSpan w:val="8"/>'));
    expect(themeRows.length).toBeGreaterThan(0);
    for (const row of themeRows) for (const p of paragraphsOf(row)) expect(p).toContain("<w:keepNext/>");
  });

  it("lets a row taller than a page break across pages rather than be cut short", async () => {
    const long = Array.from(
      { length: 40 },
      (_, i) => `Progress paragraph ${i + 1}: ${"work continues with partners. ".repeat(6)}`,
    );
    const [entry, ...others] = progress.entries;
    if (entry === undefined) throw new Error("no entries");
    const tall = {
      ...progress,
      entries: [
        { ...entry, progress: long.map((text) => ({ kind: "paragraph" as const, text })) },
        ...others,
      ],
    };
    const rows = actionTables(await partOf(renderActionPlan(plan, tall, { created }))).flatMap(rowsOf);
    const row = rows.find((r) => textOf(r).includes("Progress paragraph 40")) ?? "";
    expect(row).not.toContain("<w:cantSplit/>");
    expect(rows.filter((r) => !r.includes("<w:cantSplit/>")).map((r) => textOf(r).slice(0, 30))).toEqual([
      textOf(row).slice(0, 30),
    ]);
  });

  it("makes no column narrower than its label's longest word, nor the long-text columns narrow (finding 7)", async () => {
    const [table = ""] = actionTables(await partOf(renderActionPlan(plan, progress, { created })));
    const grid = gridOf(table);
    const total = grid.reduce((a, b) => a + b, 0);
    const labels = plan.columns.map((c) => c.label);
    labels.forEach((label, i) => {
      const longest = Math.max(...label.split(/\s+/).map((word) => textWidth(word, 18, true)));
      expect(grid[i], label).toBeGreaterThan(longest + 170);
    });
    // The two progress columns hold the most text: each gets more than the 13 % that made rows tall.
    for (const i of [3, 4]) expect((grid[i] ?? 0) / total).toBeGreaterThan(0.15);
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

  it("makes the contents page a Word table of contents of the chapters, updated on opening, not the source's static pages (finding 3)", async () => {
    const rendered = renderActionPlan(plan, progress, { created });
    const xml = await partOf(rendered);
    expect(xml).toMatch(/<w:instrText[^>]*>\s*TOC [^<]*\\o &quot;1-1&quot;/);
    expect(xml).toContain('<w:fldChar w:fldCharType="begin" w:dirty="true"/>');
    expect(textOf(xml)).not.toContain("9-35");
    expect(paragraphsOf(xml).find((p) => stylesOf(p).includes("ContentsHeading"))).toContain("CONTENTS");
  });

  it("fills the table of contents with the headings and their pages when packed, as a PDF shows them", {
    timeout: 120_000,
  }, async () => {
    const xml = await docxPart(
      await toBuffer(renderActionPlan(plan, progress, { created })),
      "word/document.xml",
    );
    const entries = paragraphsOf(xml)
      .filter((p) => stylesOf(p).includes("TOC1"))
      .map(textOf);
    expect(entries.map((e) => e.split("\t")[0])).toEqual([
      plan.glossary?.heading,
      ...(plan.chapters ?? []).map((c) => c.title),
      plan.actionsHeading,
      ...(plan.appendices ?? []).map((c) => c.title),
    ]);
    const pages = entries.map((e) => Number(e.split("\t")[1]));
    expect(pages[0]).toBe(3);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });

  it("leaves the numbers for Word when asked, and packs without working them out", async () => {
    const xml = await docxPart(
      await toBuffer(renderActionPlan(plan, progress, { created, pageNumbers: false })),
      "word/document.xml",
    );
    const entries = paragraphsOf(xml)
      .filter((p) => stylesOf(p).includes("TOC1"))
      .map(textOf);
    expect(entries.every((e) => !/\d$/.test(e))).toBe(true);
  });

  it("gives the cover no running header or page number (finding 4)", async () => {
    const xml = await partOf(renderActionPlan(plan, progress, { created }));
    const [firstSection = ""] = xml.match(/<w:sectPr>.*?<\/w:sectPr>/s) ?? [];
    expect(firstSection).toContain("<w:titlePg/>");
    expect(firstSection).toMatch(/<w:headerReference w:type="first"/);
    expect(firstSection).toMatch(/<w:footerReference w:type="first"/);
  });

  it("keeps the glossary's 'continued' heading where it runs over a page, and adds no header row the source lacks (finding 4)", async () => {
    const xml = await partOf(renderActionPlan(plan, progress, { created }));
    const continued = paragraphsOf(xml).filter((p) => stylesOf(p).includes("HeadingContinued"));
    expect(continued.map(textOf)).toEqual(["GLOSSARY OF TERMS continued"]);
    expect(continued[0]).toContain("<w:pageBreakBefore/>");
    const terms = new Set(plan.glossary?.entries.map((e) => e.term));
    const glossary = tablesOf(xml).filter((t) => terms.has(textOf(cellsOf(rowsOf(t)[0] ?? "")[0] ?? "")));
    expect(glossary).toHaveLength(2);
    for (const table of glossary) {
      expect(table).not.toContain("<w:tblHeader/>");
      expect(textOf(table)).not.toMatch(/^Term/);
    }
    const written = glossary.flatMap(rowsOf).map((row) => textOf(cellsOf(row)[0] ?? ""));
    expect(written).toEqual(plan.glossary?.entries.map((e) => e.term));
  });
});
