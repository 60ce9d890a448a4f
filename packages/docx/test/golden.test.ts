import { describe, expect, it } from "vitest";
import { toBuffer } from "../src/node";
import { docxPart, readableXml } from "./support/docx-parts";
import { renderedPartnershipDocuments } from "./support/partnerships";
import { renderedSeeds } from "./support/seeds";

// Packing works out the action plan's contents page numbers with docx's layout: seconds, not milliseconds.
describe("word/document.xml of each seed document", { timeout: 120_000 }, () => {
  it.each(renderedSeeds)("seed $id as a $kind matches its golden file", async ({ id, kind, render }) => {
    const xml = await docxPart(await toBuffer(render()), "word/document.xml");
    await expect(readableXml(xml)).toMatchFileSnapshot(`./golden/${id}-${kind}.document.xml`);
  });

  it.each(renderedPartnershipDocuments)(
    "$id as a $kind matches its golden file",
    async ({ id, kind, render }) => {
      const xml = await docxPart(await toBuffer(render()), "word/document.xml");
      await expect(readableXml(xml)).toMatchFileSnapshot(`./golden/${id}-${kind}.document.xml`);
    },
  );

  it("gives charts the same parts however many documents were rendered before", async () => {
    const charted = renderedPartnershipDocuments.find((d) => d.kind === "indicator-set");
    if (charted === undefined) throw new Error("no indicator set");
    const first = await toBuffer(charted.render());
    for (const other of renderedPartnershipDocuments) await toBuffer(other.render());
    const again = await toBuffer(charted.render());
    for (const part of ["word/document.xml", "word/_rels/document.xml.rels", "word/charts/chart1.xml"])
      expect(await docxPart(again, part), part).toBe(await docxPart(first, part));
    expect(await docxPart(first, "word/document.xml")).toContain('r:id="rIdPart1"');
  });

  it("is the same however many documents were rendered before it in the process", async () => {
    const seed = renderedSeeds.find((s) => s.kind === "action-plan");
    if (seed === undefined) throw new Error("no action plan seed");
    const first = await docxPart(await toBuffer(seed.render()), "word/document.xml");
    for (const other of renderedSeeds) await toBuffer(other.render());
    expect(await docxPart(await toBuffer(seed.render()), "word/document.xml")).toBe(first);
  });

  it("writes the created date of the options into docProps/core.xml", async () => {
    const seed = renderedSeeds[0];
    if (seed === undefined) throw new Error("no seed");
    const core = await docxPart(await toBuffer(seed.render()), "docProps/core.xml");
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2024-04-01T09:00:00Z</dcterms:created>',
    );
    expect(core).toContain("<dc:language>en-GB</dc:language>");
  });
});
