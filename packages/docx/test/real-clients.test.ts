import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sectionNumbers } from "../src/_internal/section-number";
import { toBuffer } from "../src/node";
import { missingClients, pdfPages, readWithPythonDocx, tempDir } from "./support/clients";
import { normaliseSpace, planTexts, progressTexts, reportTexts } from "./support/expected-texts";
import { renderedPartnershipDocuments, wordingOf } from "./support/partnerships";
import { crossRenders, type RenderedSeed, renderedSeeds } from "./support/seeds";

// Real clients: LibreOffice must open each kind, python-docx must read back the seed data's text.
// Both are skipped, saying why, where the clients are not installed (CI installs them).

const missing = missingClients();
for (const reason of Object.values(missing)) console.warn(`Skipping real-client checks: ${reason}`);

function expected(seed: RenderedSeed): string[] {
  const { doc } = seed;
  if (doc.kind === "committee-report") return reportTexts(doc.report);
  const plan = planTexts(doc.plan);
  const progress = progressTexts(doc.progress);
  return seed.kind === "progress-report" && doc.progress.title !== undefined
    ? [...plan, ...progress, doc.progress.title]
    : [...plan, ...progress];
}

describe.skipIf(missing.libreoffice !== undefined)(
  `LibreOffice${missing.libreoffice === undefined ? "" : ` (skipped: ${missing.libreoffice})`}`,
  () => {
    let dir = "";
    beforeAll(() => {
      dir = tempDir("lo");
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("converts every kind, rendered from each seed, to a PDF of at least one page", {
      timeout: 300_000,
    }, async () => {
      const files = await Promise.all(
        renderedSeeds.map(async (seed) => {
          const file = join(dir, `${seed.id}-${seed.kind}.docx`);
          writeFileSync(file, await toBuffer(seed.render()));
          return file;
        }),
      );
      const pages = pdfPages(files);
      expect(
        Object.values(pages).every((count) => count >= 1),
        JSON.stringify(pages),
      ).toBe(true);
      expect(Object.keys(pages)).toHaveLength(5);
    });

    it("converts every plan kind rendered from every seed plan", { timeout: 300_000 }, async () => {
      const files = await Promise.all(
        crossRenders().map(async ({ name, rendered }) => {
          const file = join(dir, `${name}.docx`);
          writeFileSync(file, await toBuffer(rendered));
          return file;
        }),
      );
      const pages = pdfPages(files);
      expect(
        Object.values(pages).every((count) => count >= 1),
        JSON.stringify(pages),
      ).toBe(true);
    });
  },
);

describe.skipIf(missing.pythonDocx !== undefined)(
  `python-docx${missing.pythonDocx === undefined ? "" : ` (skipped: ${missing.pythonDocx})`}`,
  () => {
    it.each(renderedSeeds)(
      "reads back every string of seed $id as a $kind",
      { timeout: 60_000 },
      async (seed) => {
        const reading = readWithPythonDocx(await toBuffer(seed.render()));
        const haystack = reading.paragraphs.map((p) => normaliseSpace(p.text)).join("\u0001");
        const missingTexts = expected(seed)
          .map(normaliseSpace)
          .filter((text) => !haystack.includes(text));
        expect(missingTexts).toEqual([]);
      },
    );

    it.each(renderedPartnershipDocuments)(
      "reads back every string of $id's data as a $kind",
      { timeout: 60_000 },
      async (doc) => {
        const reading = readWithPythonDocx(await toBuffer(doc.render()));
        const haystack = normaliseSpace(reading.paragraphs.map((p) => p.text).join(" "));
        const missingTexts = doc.data
          .flatMap((data) => wordingOf(data))
          .map(normaliseSpace)
          .filter((text) => !haystack.includes(text));
        expect(missingTexts).toEqual([]);
        expect(reading.language).toBe("en-GB");
        expect(reading.headers.every((h) => h === reading.title)).toBe(true);
      },
    );

    it.each(renderedSeeds)(
      "finds seed $id's language, properties, running header and page numbers",
      { timeout: 60_000 },
      async (seed) => {
        const rendered = seed.render();
        const reading = readWithPythonDocx(await toBuffer(rendered));
        expect(reading.language).toBe("en-GB");
        expect(reading.created).toBe("2024-04-01T09:00:00");
        expect(reading.title.length).toBeGreaterThan(0);
        expect(reading.headers.every((h) => h === reading.title)).toBe(true);
        expect(reading.footers.every((f) => /^Page \S* ?of/.test(f))).toBe(true);
      },
    );

    it.each(renderedSeeds)(
      "sets seed $id's headings in real heading styles",
      { timeout: 60_000 },
      async (seed) => {
        const reading = readWithPythonDocx(await toBuffer(seed.render()));
        const styled = (style: string) =>
          reading.paragraphs.filter((p) => p.style === style).map((p) => p.text);
        const { doc } = seed;
        if (doc.kind === "committee-report") {
          const numbers = sectionNumbers(doc.report.sections.map((s) => s.number));
          expect(styled("Heading 1")).toEqual(
            doc.report.sections.map((s, i) => `${numbers[i] ?? ""}\t${s.title}`),
          );
        } else if (seed.kind === "action-plan") {
          expect(styled("Heading 1")).toContain(doc.plan.actionsHeading);
          expect(styled("Heading 3")).toContain("2.1 Health & Wellbeing");
        } else expect(styled("Heading 1").length).toBeGreaterThan(0);
        expect(reading.landscape.includes(true)).toBe(seed.kind !== "committee-report");
      },
    );
  },
);
