import {
  lanarkshireActionPlan2010_11,
  lanarkshireChiefOfficersUpdate,
  lanarkshireProgress2010_11Q2,
} from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { renderActionPlan, renderCommitteeReport, renderProgressReport } from "../src/index";
import { toBuffer } from "../src/node";
import { docxPart, docxPaths } from "./support/docx-parts";
import { cellsOf, gridOf, partOf, rowsOf, tablesOf, textOf } from "./support/xml";

const plan = lanarkshireActionPlan2010_11;
const progress = lanarkshireProgress2010_11Q2;
const created = "2010-10-01T00:00:00Z";
const headerLabels = (xml: string) =>
  tablesOf(xml)
    .slice(2)
    .map((t) => cellsOf(rowsOf(t)[0] ?? "").map(textOf));

describe("options", () => {
  it.each([
    [{}, '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'],
    [{ paperSize: "Letter" as const }, '<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/>'],
    [
      { paperSize: "A3" as const, orientation: "portrait" as const },
      '<w:pgSz w:w="16838" w:h="23811" w:orient="portrait"/>',
    ],
    [{ paperSize: { width: 200, height: 300 } }, '<w:pgSz w:w="17008" w:h="11339" w:orient="landscape"/>'],
  ])("set the page size and orientation: %j", async (options, pgSz) => {
    expect(await partOf(renderProgressReport(plan, progress, { created, ...options }))).toContain(pgSz);
  });

  it("fill the page between margins with each table", async () => {
    const xml = await partOf(renderProgressReport(plan, progress, { created, marginMm: 10 }));
    const widths = tablesOf(xml)
      .slice(2)
      .map((t) => gridOf(t).reduce((a, b) => a + b, 0));
    expect(new Set(widths)).toEqual(new Set([16838 - 2 * 567]));
  });

  it("replace the columns with a list, or choose them with a function", async () => {
    const only = [
      { field: "number" as const, label: "No." },
      { field: "progress" as const, label: "Status" },
    ];
    expect(
      new Set(
        headerLabels(await partOf(renderProgressReport(plan, progress, { created, columns: only }))).map(
          String,
        ),
      ),
    ).toEqual(new Set(["No.,Status"]));
    const chosen = await partOf(
      renderProgressReport(plan, progress, {
        created,
        columns: (c) => c.filter((x) => x.field !== "frequency"),
      }),
    );
    expect(headerLabels(chosen)[0]).toEqual([
      "Action",
      "Local outcome",
      "Local target",
      "Key actions",
      "timescales",
      "lead",
      "Progress",
    ]);
  });

  it("set the font, sizes and colours", async () => {
    const rendered = renderProgressReport(plan, progress, {
      created,
      font: "Georgia",
      fontSize: 12,
      tableFontSize: 8,
      colours: {
        headerFill: "ABCDEF",
        rag: { red: "FF0000", amber: "FFBF00", green: "00FF00", "not-rated": "CCCCCC" },
      },
    });
    const styles = await partOf(rendered, "word/styles.xml");
    expect(styles).toContain('w:ascii="Georgia"');
    expect(styles).toContain('<w:sz w:val="24"/>');
    expect(styles).toContain('<w:sz w:val="16"/>');
    const xml = await partOf(rendered);
    expect(xml).toContain('w:fill="ABCDEF"');
    expect(xml).toContain('w:fill="00FF00"');
  });

  it("set the document properties, and the same created date gives the same document", async () => {
    const options = {
      created,
      title: "Q2 & more",
      author: "Planning Officer",
      subject: "Progress",
      keywords: "CJA",
      description: "For the board",
    };
    const rendered = renderCommitteeReport(lanarkshireChiefOfficersUpdate, options);
    const core = rendered.parts[0]?.data ?? "";
    for (const value of [
      "<dc:title>Q2 &amp; more</dc:title>",
      "<dc:creator>Planning Officer</dc:creator>",
      "<dc:subject>Progress</dc:subject>",
      "<cp:keywords>CJA</cp:keywords>",
      "<dc:description>For the board</dc:description>",
      "2010-10-01T00:00:00Z",
    ])
      expect(core).toContain(value);
    const again = renderCommitteeReport(lanarkshireChiefOfficersUpdate, {
      ...options,
      created: new Date(created),
    });
    expect(await docxPart(await toBuffer(again), "docProps/core.xml")).toBe(core);
    expect(() => renderCommitteeReport(lanarkshireChiefOfficersUpdate, { created: "not a date" })).toThrow(
      expect.objectContaining({
        code: "usage/invalid-argument",
        issues: [expect.objectContaining({ path: ["options", "created"] })],
      }),
    );
  });

  it("leave out the running header and the page numbers when asked", async () => {
    const paths = async (header: boolean, footer: boolean) =>
      (
        await docxPaths(
          await toBuffer(renderCommitteeReport(lanarkshireChiefOfficersUpdate, { created, header, footer })),
        )
      ).filter((p) => /word\/(header|footer)\d/.test(p));
    // The default pair, and the first page's (its header left blank under the letterhead).
    expect((await paths(true, true)).sort()).toEqual([
      "word/footer1.xml",
      "word/footer2.xml",
      "word/header1.xml",
      "word/header2.xml",
    ]);
    expect(await paths(false, false)).toEqual([]);
  });

  it("print the title in the header and Page X of Y in the footer", async () => {
    const bytes = await toBuffer(
      renderActionPlan(plan, progress, { created, title: "Lanarkshire action plan" }),
    );
    expect(await docxPart(bytes, "word/header1.xml")).toContain("Lanarkshire action plan");
    const footer = await docxPart(bytes, "word/footer1.xml");
    expect(footer).toMatch(/Page .*PAGE.* of .*NUMPAGES/s);
  });

  it("set the language of the text", async () => {
    expect(
      await partOf(
        renderCommitteeReport(lanarkshireChiefOfficersUpdate, { created, language: "gd-GB" }),
        "word/styles.xml",
      ),
    ).toContain('<w:lang w:val="gd-GB"/>');
  });
});
