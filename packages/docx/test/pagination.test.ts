import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { toBuffer } from "../src/node";
import { convertWithLibreOffice, missingClients, tempDir } from "./support/clients";
import { docxPart, docxPaths } from "./support/docx-parts";
import { councilPaper, rollUpPaper } from "./support/examples";
import { docxRows, furnitureOnlyPages, pdfPageTexts, splitRows } from "./support/pages";
import { renderedPartnershipDocuments } from "./support/partnerships";
import { renderedSeeds } from "./support/seeds";
import { textOf } from "./support/xml";

// Each example document as a committee clerk would look at it: LibreOffice lays it out (with
// Liberation Sans, Arial's metrics, so pages break where Word breaks them), pdftotext reads each
// page, and each table row's words must be on one page, every page must hold more than its
// running header, footer and repeated table header.

const missing = missingClients().libreoffice;

type Looked = { name: string; xml: string; furniture: string[]; pages: string[] };

async function furnitureOf(bytes: Uint8Array): Promise<string[]> {
  const parts = (await docxPaths(bytes)).filter((path) => /^word\/(header|footer)\d*\.xml$/.test(path));
  return Promise.all(parts.map(async (path) => textOf(await docxPart(bytes, path))));
}

describe.skipIf(missing !== undefined)(
  `every example document's pages${missing === undefined ? "" : ` (skipped: ${missing})`}`,
  () => {
    const looked: Looked[] = [];
    beforeAll(async () => {
      const dir = tempDir("pages");
      const documents: Array<[string, Uint8Array]> = [
        ...(await Promise.all(
          renderedSeeds.map(
            async (seed) =>
              [`${seed.id}-${seed.kind}`, await toBuffer(seed.render())] as [string, Uint8Array],
          ),
        )),
        ["outcome-rollup", await toBuffer(rollUpPaper())],
        ["council-template", await councilPaper()],
        ...(await Promise.all(
          renderedPartnershipDocuments.map(
            async (doc) => [`${doc.id}-${doc.kind}`, await toBuffer(doc.render())] as [string, Uint8Array],
          ),
        )),
      ];
      for (const [name, bytes] of documents) writeFileSync(join(dir, `${name}.docx`), bytes);
      const out = convertWithLibreOffice(
        documents.map(([name]) => join(dir, `${name}.docx`)),
        "pdf",
      );
      for (const [name, bytes] of documents)
        looked.push({
          name,
          xml: await docxPart(bytes, "word/document.xml"),
          furniture: await furnitureOf(bytes),
          pages: pdfPageTexts(join(out, `${name}.pdf`)),
        });
    }, 300_000);

    const each = () => [
      ...renderedSeeds.map((seed) => `${seed.id}-${seed.kind}`),
      "outcome-rollup",
      "council-template",
      ...renderedPartnershipDocuments.map((doc) => `${doc.id}-${doc.kind}`),
    ];

    it.each(each())("%s: LibreOffice lays it out", (name) => {
      expect(looked.find((l) => l.name === name)?.pages.length).toBeGreaterThan(0);
    });

    it.each(each())("%s: splits no table row across pages (finding 1)", (name) => {
      const doc = looked.find((l) => l.name === name);
      if (doc === undefined) throw new Error(`${name} was not laid out`);
      const rows = docxRows(doc.xml);
      expect(splitRows(rows, doc.pages)).toEqual([]);
      // Only a row taller than a page may break, and none of the seeds has one.
      expect(rows.filter((row) => !row.keep && !row.header && row.text.trim().length > 0)).toEqual([]);
    });

    it.each(each())(
      "%s: has more on every page than its running header and repeated table header",
      (name) => {
        const doc = looked.find((l) => l.name === name);
        if (doc === undefined) throw new Error(`${name} was not laid out`);
        const numbers = doc.pages.map((_, i) => String(i + 1));
        const headers = docxRows(doc.xml)
          .filter((row) => row.header)
          .map((row) => row.text);
        expect(furnitureOnlyPages(doc.pages, [...doc.furniture, "Page of", ...numbers], headers)).toEqual([]);
      },
    );

    it("prints the action plan's contents with the pages the PDF shows each chapter on (finding 3)", () => {
      const doc = looked.find((l) => l.name === "002-action-plan");
      if (doc === undefined) throw new Error("the action plan was not laid out");
      const entries = [...(doc.pages[1] ?? "").matchAll(/^(.+?)\.{3,}\s*(\d+)\s*$/gm)].map((m) => ({
        title: (m[1] ?? "").trim(),
        page: Number(m[2]),
      }));
      expect(entries.length).toBeGreaterThanOrEqual(5);
      for (const { title, page } of entries)
        expect(
          doc.pages[page - 1]
            ?.split("\n")
            .slice(0, 4)
            .map((line) => line.trim()),
          title,
        ).toContain(title);
      expect(doc.pages.at(-1)).toContain(`Page ${doc.pages.length} of ${doc.pages.length}`);
    });

    it("shows neither the running header nor a page number on the action plan's cover (finding 4)", () => {
      const doc = looked.find((l) => l.name === "002-action-plan");
      const [cover = "", second = ""] = doc?.pages ?? [];
      expect(cover).not.toMatch(/Page \d+ of/);
      expect(second).toContain("Page 2 of");
    });

    it("prints no developer wording or notes about the document of its own (finding 8)", () => {
      // On the pages as printed; test/wording.test.ts reads every kind of every seed for machine ids too.
      for (const doc of looked)
        for (const page of doc.pages)
          expect(page.replace(/\s+/g, " "), doc.name).not.toMatch(
            /RAG:|not recognised|no rule recognises|Each rating is printed|items on \d+ actions? of|cja-kit/i,
          );
    });

    const partnershipDocs = () => renderedPartnershipDocuments.map((doc) => `${doc.id}-${doc.kind}`);

    it.each(partnershipDocs())("%s: prints no ids, codes or rule names of the data", (name) => {
      const doc = looked.find((l) => l.name === name);
      const source = renderedPartnershipDocuments.find((d) => `${d.id}-${d.kind}` === name);
      if (doc === undefined || source === undefined) throw new Error(`${name} was not laid out`);
      const ids = [...JSON.stringify(source.data).matchAll(/"(?:id|planId|framework)":"([^"]+)"/g)].map(
        (m) => m[1] ?? "",
      );
      // Addresses are printed where the data cites its source; their paths are not codes.
      const text = doc.pages
        .join("\n")
        .replace(/https?:\/\/\S+/g, "")
        .replace(/\s+/g, " ");
      for (const id of new Set(ids)) expect(text, id).not.toContain(id);
      expect(text).not.toMatch(
        /\b[a-z]+\/[a-z]+(?:-[a-z]+)+\b|higher-is-better|lower-is-better|not-available|financial-year|change-and-impact|rIdPart|undefined|NaN|\[object/,
      );
    });

    it.each(partnershipDocs())("%s: leaves no heading at the foot of a page", async (name) => {
      const doc = looked.find((l) => l.name === name);
      if (doc === undefined) throw new Error(`${name} was not laid out`);
      const headings = [
        ...doc.xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="(?:Heading\d|Title)"\/>.*?<\/w:p>/gs),
      ]
        .map((m) => textOf(m[0]).replace(/\s+/g, " ").trim())
        .filter((text) => text.length > 0);
      expect(headings.length).toBeGreaterThan(0);
      const footers = [...doc.furniture, "Page"];
      doc.pages.slice(0, -1).forEach((page, i) => {
        const lines = page
          .split("\n")
          .map((line) => line.trim())
          .filter((line) => line.length > 0 && !/^Page \d+ of \d+$/.test(line) && !footers.includes(line));
        const last = lines.at(-1) ?? "";
        expect(
          headings.filter((heading) => heading.endsWith(last)),
          `page ${i + 1} of ${name} ends "${last}"`,
        ).toEqual([]);
      });
    });

    it("keeps each chart's caption on the page of its chart", () => {
      const doc = looked.find((l) => l.name === "cjsw-2016-17-table-2-indicator-set");
      if (doc === undefined) throw new Error("the indicator set was not laid out");
      const captions = doc.pages.flatMap((page, p) =>
        [...page.matchAll(/Figure (\d+): .*? to (\S+)\n/g)].map((m) => ({
          page: p,
          at: m.index ?? 0,
          last: m[2] ?? "",
        })),
      );
      expect(captions.map((c) => c.page)).toHaveLength(8);
      for (const caption of captions) {
        const page = doc.pages[caption.page] ?? "";
        const rest = page.slice(caption.at).split(/\nFigure \d+: /)[0] ?? "";
        expect(rest, `figure on page ${caption.page + 1}`).toContain(caption.last);
      }
    });

    it("numbers the council template's pages and keeps space between its paragraphs (finding 10)", async () => {
      const doc = looked.find((l) => l.name === "council-template");
      expect(doc?.pages.at(-1)).toMatch(/Page \d+ of \d+/);
      const styles = await docxPart(await councilPaper(), "word/styles.xml");
      expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing w:after="120"\/>/);
    });
  },
);
