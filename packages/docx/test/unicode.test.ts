import { type CommitteeReport, communityJusticeAuthorities } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { renderCommitteeReport } from "../src/index";
import { toBuffer } from "../src/node";
import { missingClients, readWithPythonDocx } from "./support/clients";
import { docxPart } from "./support/docx-parts";

const MARKUP = `Fish & chips <£5> "quoted" 'single' – “curly” ½ Café 😀 ]]> &amp;`;

const report = (title: string, text: string): CommitteeReport => ({
  authority: communityJusticeAuthorities.lanarkshire,
  subject: "Unicode & <markup>",
  sections: [
    {
      number: "1",
      title,
      role: "purpose",
      paragraphs: [{ number: "1.1", content: [{ kind: "paragraph", text }] }],
    },
  ],
  contact: { name: "A & B", email: "a&b@example.org" },
});

describe("any Unicode text", () => {
  it("comes through as written: markup characters, quotes, £, dashes, emoji", async () => {
    const rendered = renderCommitteeReport(report(MARKUP, MARKUP), { created: "2024-01-01T00:00:00Z" });
    expect(rendered.issues).toEqual([]);
    const xml = await docxPart(await toBuffer(rendered), "word/document.xml");
    expect(xml).toContain("Fish &amp; chips &lt;£5&gt;");
    expect(xml).toContain("&amp;amp;");
  });

  it("loses its control characters with a warning naming each place, never a broken file", async () => {
    const rendered = renderCommitteeReport(
      report("Bell\u0007 title", "Null\u0000 and escape\u001b text\uFFFF"),
      {
        created: "2024-01-01T00:00:00Z",
        title: "Title with \u0008 backspace",
      },
    );
    expect(rendered.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["docx/control-character-removed", ["sections", 0, "title"]],
      ["docx/control-character-removed", ["sections", 0, "paragraphs", 0, "content", 0, "text"]],
      ["docx/control-character-removed", ["title"]],
    ]);
    const bytes = await toBuffer(rendered);
    const xml = await docxPart(bytes, "word/document.xml");
    expect(xml).toContain("Null and escape text");
    expect(await docxPart(bytes, "docProps/core.xml")).toContain(
      "<dc:title>Title with  backspace</dc:title>",
    );
  });

  it("keeps tabs as tabs and line breaks as line breaks where the schema allows them", async () => {
    const rendered = renderCommitteeReport(report("Tabbed\ttitle\nsecond line", "One line"), {
      created: "2024-01-01T00:00:00Z",
    });
    const xml = await docxPart(await toBuffer(rendered), "word/document.xml");
    expect(xml).toContain(
      '<w:t xml:space="preserve">Tabbed</w:t><w:tab/><w:t xml:space="preserve">title</w:t>',
    );
    expect(xml).toContain('<w:br/><w:t xml:space="preserve">second line</w:t>');
  });

  it("refuses a line break inside a paragraph's line, as the schema does, naming the place", () => {
    expect(() => renderCommitteeReport(report("Title", "First line\nsecond line"))).toThrow(
      expect.objectContaining({
        code: "usage/invalid-argument",
        issues: [
          expect.objectContaining({
            path: ["report", "sections", 0, "paragraphs", 0, "content", 0, "text"],
          }),
        ],
      }),
    );
  });

  const missing = missingClients().pythonDocx;
  describe.skipIf(missing !== undefined)(
    `read by python-docx${missing === undefined ? "" : ` (skipped: ${missing})`}`,
    () => {
      it("reads the text back exactly, control characters gone", { timeout: 60_000 }, async () => {
        const rendered = renderCommitteeReport(report(MARKUP, `${MARKUP}\u0007`), {
          created: "2024-01-01T00:00:00Z",
        });
        const reading = readWithPythonDocx(await toBuffer(rendered));
        const texts = reading.paragraphs.map((p) => p.text);
        expect(texts).toContain(`1\t${MARKUP}`);
        expect(texts).toContain(`1.1\t${MARKUP}`);
        expect(texts).toContain("E-mail: a&b@example.org");
        expect(reading.title).toBe("Unicode & <markup>");
      });
    },
  );
});
