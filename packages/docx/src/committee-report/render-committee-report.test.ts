import { lanarkshireChiefOfficersUpdate, lanarkshirePerformanceFrameworkReport } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { cellsOf, paragraphsOf, partOf, rowsOf, tablesOf, textOf } from "../../test/support/xml";
import { renderCommitteeReport } from "./render-committee-report";

const created = "2008-02-28T00:00:00Z";

describe("renderCommitteeReport", () => {
  it("prints the header fields the report has, leaving the blank Date of Meeting to be filled in", async () => {
    const [fields] = tablesOf(
      await partOf(renderCommitteeReport(lanarkshireChiefOfficersUpdate, { created })),
    );
    expect(rowsOf(fields ?? "").map((row) => cellsOf(row).map(textOf))).toEqual([
      ["Date of Meeting:", ""],
      ["Report by:", "Chief Officer, Lanarkshire Community Justice Authority"],
      ["Subject:", "Chief Officer's Update"],
    ]);
  });

  it("leaves the letterhead out when asked, for a council template that has its own", async () => {
    const xml = await partOf(
      renderCommitteeReport(lanarkshireChiefOfficersUpdate, { created, letterhead: false }),
    );
    expect(tablesOf(xml)).toEqual([]);
    expect(textOf(paragraphsOf(xml)[0] ?? "")).toBe("1\tPurpose of Report");
  });

  it("identifies a report with no header fields before its signature: who signs it and its date (seed 000)", async () => {
    const [fields] = tablesOf(
      await partOf(renderCommitteeReport(lanarkshirePerformanceFrameworkReport, { created })),
    );
    expect(rowsOf(fields ?? "").map((row) => cellsOf(row).map(textOf))).toEqual([
      ["Report by:", "Amanda Paul, Planning and Development Officer"],
      ["Date of Report:", "28 February 2008"],
    ]);
  });

  it("prints the whole header block in a council paper's order", async () => {
    const report = {
      ...lanarkshireChiefOfficersUpdate,
      agendaItem: "5",
      meeting: "Lanarkshire Community Justice Authority",
      meetingDate: "19 September 2007",
      date: "4 September 2007",
    };
    const [fields] = tablesOf(await partOf(renderCommitteeReport(report, { created })));
    expect(rowsOf(fields ?? "").map((row) => textOf(cellsOf(row)[0] ?? ""))).toEqual([
      "Agenda item:",
      "Report to:",
      "Date of Meeting:",
      "Report by:",
      "Subject:",
    ]);
  });

  it("prints section numbers one way throughout where the source mixes 4 and 5. (seed 000)", async () => {
    const xml = await partOf(renderCommitteeReport(lanarkshirePerformanceFrameworkReport, { created }));
    const headings = paragraphsOf(xml)
      .filter((p) => p.includes('<w:pStyle w:val="Heading1"/>'))
      .map((p) => textOf(p).split("\t")[0]);
    expect(headings).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9"]);
  });

  it("prints no contact heading the report does not have (seed 004), and the one it has (seed 000)", async () => {
    const texts = async (report: typeof lanarkshireChiefOfficersUpdate) =>
      paragraphsOf(await partOf(renderCommitteeReport(report, { created }))).map(textOf);
    expect(await texts(lanarkshireChiefOfficersUpdate)).not.toContain("Contact for Further Information");
    expect(await texts(lanarkshirePerformanceFrameworkReport)).toContain("Contact for Further Information");
  });

  it("numbers sections and paragraphs as stored, with the numbers in a hanging indent", async () => {
    const texts = paragraphsOf(
      await partOf(renderCommitteeReport(lanarkshireChiefOfficersUpdate, { created })),
    ).map(textOf);
    expect(texts).toContain("2\tRecommendation(s)");
    expect(texts).toContain("1.2\tThe Authority is asked to approve the following recommendations:");
    expect(texts).toContain(
      "3.1\tOn 4 September 2007 the Scottish Government informed the CJA that additional grant of £164,000 has been allowed for the appointment of 2 clerical/administrative staff and the equivalent of 4 full-time Social Workers.",
    );
  });

  it("sets a paragraph that opens with a list as its number, then the list", async () => {
    const texts = paragraphsOf(
      await partOf(renderCommitteeReport(lanarkshirePerformanceFrameworkReport, { created })),
    ).map(textOf);
    const at = texts.indexOf("4.1\t");
    expect(texts[at + 1]).toBe(
      "The Performance Framework is being developed by the analytical services team within the Justice Directorate",
    );
  });

  it("closes with the author's block, the date and the contact block", async () => {
    const texts = paragraphsOf(
      await partOf(renderCommitteeReport(lanarkshirePerformanceFrameworkReport, { created })),
    ).map(textOf);
    expect(texts.slice(-9)).toEqual([
      "Amanda Paul",
      "Planning and Development Officer",
      "Lanarkshire community Justice Authority",
      "28 February 2008",
      "Contact for Further Information",
      "If you would like to inspect the background papers or want further information, please contact:-",
      "Amanda Paul, Planning and Development Officer",
      "Ext: (Tel: 01698 4544234)",
      "E-mail: Amanda.Paul@southlanarkshire.gov.uk",
    ]);
  });

  it("titles the document by its subject, else by its authority", () => {
    expect(renderCommitteeReport(lanarkshireChiefOfficersUpdate, { created }).parts[0]?.data).toContain(
      "<dc:title>Chief Officer&apos;s Update</dc:title>",
    );
    expect(
      renderCommitteeReport(lanarkshirePerformanceFrameworkReport, { created }).parts[0]?.data,
    ).toContain("<dc:title>Lanarkshire Community Justice Authority report</dc:title>");
  });

  it("does not change the report it is given", () => {
    const before = structuredClone(lanarkshireChiefOfficersUpdate);
    renderCommitteeReport(lanarkshireChiefOfficersUpdate);
    expect(lanarkshireChiefOfficersUpdate).toEqual(before);
  });
});
