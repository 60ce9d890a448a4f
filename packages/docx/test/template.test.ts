import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lanarkshireChiefOfficersUpdate } from "@cja-kit/seed-data";
import { Document, Footer, Header, HeadingLevel, ImageRun, Packer, Paragraph, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { fillTemplate, renderCommitteeReport } from "../src/index";
import {
  convertWithLibreOffice,
  missingClients,
  pdfPages,
  readWithPythonDocx,
  tempDir,
} from "./support/clients";
import { docxPart, docxPaths } from "./support/docx-parts";
import { normaliseSpace, reportTexts } from "./support/expected-texts";

// A council's own branded template, built here with docx as a council would build it in Word:
// a logo and letterhead in the header, its own fonts and heading colour, and {{placeholders}}.

const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="),
  (ch) => ch.charCodeAt(0),
);
const BRAND = "00573F";

async function councilTemplate(): Promise<Uint8Array> {
  const logo = new ImageRun({
    type: "png",
    data: PNG,
    transformation: { width: 60, height: 30 },
    altText: { description: "Council logo" },
  });
  const document = new Document({
    styles: {
      default: {
        document: { run: { font: "Georgia", size: 24 } },
        heading1: { run: { font: "Georgia", size: 28, bold: true, color: BRAND } },
      },
    },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [logo, new TextRun(" SOUTH LANARKSHIRE COUNCIL for {{authority}}")],
              }),
            ],
          }),
        },
        footers: { default: new Footer({ children: [new Paragraph("{{footerNote}}")] }) },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun("{{subject}}")] }),
          new Paragraph({
            children: [new TextRun({ text: "Report by: ", bold: true }), new TextRun("{{reportBy}}")],
          }),
          new Paragraph("{{body}}"),
          new Paragraph("{{signature}}"),
          new Paragraph("Council Offices, Almada Street, Hamilton ML3 0AA"),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

async function filled() {
  const report = lanarkshireChiefOfficersUpdate;
  return fillTemplate(
    await councilTemplate(),
    {
      content: {
        body: renderCommitteeReport(report, {
          created: "2007-09-01T00:00:00Z",
          header: false,
          footer: false,
          letterhead: false,
        }),
      },
      text: {
        subject: report.subject ?? "",
        reportBy: report.reportBy ?? "",
        authority: report.authority.name,
        notThere: "x",
      },
      images: {
        signature: {
          data: PNG,
          type: "png",
          width: 40,
          height: 20,
          altText: "Signature of the Chief Officer",
        },
      },
    },
    { properties: { title: report.subject ?? "", author: "Lanarkshire CJA" } },
  );
}

/** The bytes of a fill that must succeed. */
async function filledBytes(): Promise<Uint8Array> {
  const result = await filled();
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe("fillTemplate", () => {
  it("warns of placeholders left unfilled and fills with no placeholder", async () => {
    const { issues } = await filled();
    expect(issues.map((issue) => [issue.code, issue.path[0]])).toEqual([
      ["docx/template-placeholder-unfilled", "footerNote"],
      ["docx/template-placeholder-missing", "notThere"],
    ]);
  });

  it("keeps the template's styles and logo and adds the image given", async () => {
    const data = await filledBytes();
    expect(await docxPart(data, "word/styles.xml")).toContain(`w:val="${BRAND}"`);
    expect((await docxPaths(data)).filter((path) => path.startsWith("word/media/"))).toHaveLength(2);
    expect(await docxPart(data, "docProps/core.xml")).toContain("<dc:creator>Lanarkshire CJA</dc:creator>");
  });

  const missing = missingClients().pythonDocx;
  describe.skipIf(missing !== undefined)(
    `read by python-docx${missing === undefined ? "" : ` (skipped: ${missing})`}`,
    () => {
      it("holds the whole report in the template's body, letterhead and placeholders filled", {
        timeout: 60_000,
      }, async () => {
        const reading = readWithPythonDocx(await filledBytes());
        const texts = reading.paragraphs.map((p) => normaliseSpace(p.text));
        const haystack = texts.join("\u0001");
        expect(
          reportTexts(lanarkshireChiefOfficersUpdate)
            .map(normaliseSpace)
            .filter((t) => !haystack.includes(t)),
        ).toEqual([]);
        expect(texts[0]).toBe("Chief Officer's Update");
        expect(texts[2]).toBe("1 Purpose of Report");
        expect(texts).toContain("Report by: Chief Officer, Lanarkshire Community Justice Authority");
        expect(texts.at(-1)).toBe("Council Offices, Almada Street, Hamilton ML3 0AA");
        expect(reading.headers[0]).toBe(
          " SOUTH LANARKSHIRE COUNCIL for Lanarkshire Community Justice Authority",
        );
        expect(haystack).not.toMatch(/\{\{(?!footerNote)/);
        expect(reading.paragraphs.filter((p) => p.style === "Heading 1").map((p) => p.text)).toContain(
          "3\tCommunity Sex Offender Groupwork Programme",
        );
        expect(reading.title).toBe("Chief Officer's Update");
      });
    },
  );
});

const noLibreOffice = missingClients().libreoffice;
describe.skipIf(noLibreOffice !== undefined)(
  `a filled template in LibreOffice${noLibreOffice === undefined ? "" : ` (skipped: ${noLibreOffice})`}`,
  () => {
    it("opens and lays out", { timeout: 120_000 }, async () => {
      const file = join(tempDir("template"), "filled.docx");
      writeFileSync(file, await filledBytes());
      expect(pdfPages([file])["filled.docx"]).toBeGreaterThanOrEqual(1);
    });

    it("fills a template LibreOffice saved, whose zip entries end in data descriptors", {
      timeout: 120_000,
    }, async () => {
      const file = join(tempDir("template"), "template.docx");
      writeFileSync(file, await councilTemplate());
      const saved = readFileSync(
        join(convertWithLibreOffice([file], "docx:MS Word 2007 XML"), "template.docx"),
      );
      const result = await fillTemplate(saved, { text: { subject: "Chief Officer's Update" } });
      if (!result.ok) throw new Error(JSON.stringify(result.issues));
      expect(await docxPart(result.value, "word/document.xml")).toContain("Chief Officer's Update");
    });
  },
);
