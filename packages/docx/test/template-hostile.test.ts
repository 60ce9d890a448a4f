import { lanarkshireChiefOfficersUpdate as report } from "@cja-kit/seed-data";
import { Document, Packer, Paragraph } from "docx";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  defaultTemplateLimits,
  type FilledTemplate,
  fillTemplate,
  renderCommitteeReport,
} from "../src/index";
import { docxPart } from "./support/docx-parts";
import { entry, minimalDocx, minimalParts, para, rawZip, spaces } from "./support/zips";

// The hostile template corpus: each case of issue 13 (findings 11-17) and more, each answered
// with an error issue and a stable code, never an exception, and never with gigabytes.

const PNG = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="),
  (ch) => ch.charCodeAt(0),
);
const template = minimalDocx(para("{{subject}}") + para("{{body}}"));
const codes = (result: FilledTemplate) => result.issues.map((issue) => issue.code);
const MB = 1024 * 1024;

/** 400 MB of spaces as document.xml, in 2.5 MB: the headers declare `declared` bytes. */
function bomb(declared?: number): Uint8Array {
  const size = 1 + 258 * Math.floor((400 * MB - 1) / 258);
  const parts = minimalParts("").filter((part) => part.name !== "word/document.xml");
  return rawZip([...parts, { name: "word/document.xml", stored: spaces(size), declared: declared ?? size }]);
}

describe("fillTemplate on a hostile template", () => {
  it.each([
    ["400 MB of spaces as document.xml, declared as such", () => bomb(), "docx/template-too-large"],
    ["400 MB of spaces declared as 2 KB", () => bomb(2048), "docx/template-corrupt"],
    ["400 MB of spaces declared as 30 MB, within the limit", () => bomb(30 * MB), "docx/template-corrupt"],
    [
      "a 1 GiB media entry",
      () => minimalDocx("", [{ name: "word/media/image1.png", stored: spaces(1000), declared: 1024 * MB }]),
      "docx/template-too-large",
    ],
    [
      "a media entry declared at the largest size a zip can say",
      () => minimalDocx("", [{ name: "word/media/huge.bin", stored: spaces(1000), declared: 0xffffffff }]),
      "docx/template-too-large",
    ],
    [
      "an entry named ../../evil.txt",
      () => minimalDocx("", [entry("../../evil.txt", "x")]),
      "docx/template-unsafe-entry",
    ],
    ["an absolute entry name", () => minimalDocx("", [entry("/abs.txt", "x")]), "docx/template-unsafe-entry"],
    [
      "word/../../../x.txt",
      () => minimalDocx("", [entry("word/../../../x.txt", "x")]),
      "docx/template-unsafe-entry",
    ],
    ["..\\..\\x.txt", () => minimalDocx("", [entry("..\\..\\x.txt", "x")]), "docx/template-unsafe-entry"],
    ["a drive letter", () => minimalDocx("", [entry("C:/x.txt", "x")]), "docx/template-unsafe-entry"],
    [
      "not a zip",
      () => new TextEncoder().encode("Dear Councillor, please find attached."),
      "docx/template-not-a-zip",
    ],
    ["an empty file", () => new Uint8Array(0), "docx/template-not-a-zip"],
    [
      "a .docx cut in half",
      () => template.subarray(0, Math.floor(template.length / 2)),
      "docx/template-not-a-zip",
    ],
    [
      "a .docx without its last byte",
      () => template.subarray(0, template.length - 1),
      "docx/template-not-a-zip",
    ],
    [
      "an entry whose data is shorter than declared",
      () => minimalDocx("", [{ ...entry("word/media/a.png", PNG), declared: PNG.length + 10 }]),
      "docx/template-corrupt",
    ],
    [
      "an entry whose deflate data is garbage",
      () =>
        minimalDocx("", [
          { name: "word/x.bin", stored: Uint8Array.from([0xff, 0xff, 0xff, 0xff]), declared: 10 },
        ]),
      "docx/template-corrupt",
    ],
    [
      "compression method 12 (bzip2)",
      () => minimalDocx("", [{ ...entry("word/x.bin", "x"), method: 12 }]),
      "docx/template-corrupt",
    ],
    [
      "two entries whose names differ only in case",
      () => minimalDocx("", [entry("Word/Document.xml", "<a/>")]),
      "docx/template-corrupt",
    ],
    [
      "a zip without word/document.xml",
      () => zipSync({ "hello.txt": new TextEncoder().encode("hi") }),
      "docx/template-not-docx",
    ],
    ["document.xml that is not well-formed", () => minimalDocx("<w:p><w:r></w:p>"), "docx/template-bad-xml"],
    [
      "document.xml with an external entity (XXE)",
      () =>
        rawZip([
          ...minimalParts("").filter((part) => part.name !== "word/document.xml"),
          entry(
            "word/document.xml",
            '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>',
          ),
        ]),
      "docx/template-xml-doctype",
    ],
    [
      "styles.xml with a billion laughs",
      () =>
        minimalDocx("", [
          entry(
            "word/styles.xml",
            `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? "" : i};`.repeat(10)}">`).join("")}]><lolz>&lol9;</lolz>`,
          ),
        ]),
      "docx/template-xml-doctype",
    ],
    [
      "a part in neither UTF-8 nor UTF-16",
      () => minimalDocx("", [entry("word/settings.xml", Uint8Array.from([0x3c, 0x61, 0xff, 0x2f, 0x3e]))]),
      "docx/template-bad-xml",
    ],
    [
      "more entries than the limit allows",
      () =>
        minimalDocx(
          "",
          Array.from({ length: defaultTemplateLimits.maxEntries }, (_, i) => entry(`word/x${i}.txt`, "x")),
        ),
      "docx/template-too-large",
    ],
  ])("refuses %s with one error and no document", async (_name, make, code) => {
    const result = await fillTemplate(make(), { text: { subject: "Chief Officer's Update" } });
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual([code]);
    expect(result.issues[0]?.severity).toBe("error");
  });

  it("takes a Blob or an ArrayBuffer as well as bytes", async () => {
    for (const input of [new Blob([template]), template.slice().buffer])
      expect((await fillTemplate(input, { text: { subject: "x" } })).ok).toBe(true);
  });

  it("applies the limits given", async () => {
    const result = await fillTemplate(
      template,
      { text: { subject: "x" } },
      { limits: { maxEntryBytes: 100 } },
    );
    expect(codes(result)).toEqual(["docx/template-too-large"]);
  });
});

describe("fillTemplate's fills", () => {
  it("replaces only the template's own placeholders, never text that came from a fill", async () => {
    const body = renderCommitteeReport(
      { ...report, sections: [{ title: "Quoting {{subject}}", role: "body", paragraphs: [] }] },
      { letterhead: false, header: false, footer: false, created: "2024-01-01" },
    );
    const result = await fillTemplate(template, {
      text: { subject: "Fill {{body}} and {{subject}} stay as written" },
      content: { body },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const xml = await docxPart(result.value, "word/document.xml");
    expect(xml).toContain("Fill {{body}} and {{subject}} stay as written");
    expect(xml).toContain("Quoting {{subject}}");
    expect(xml).not.toMatch(/[\uFDD0-\uFDEF]/);
  });

  it("leaves a placeholder it was given nothing for as the template wrote it", async () => {
    const result = await fillTemplate(template, { text: { subject: "x" } });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(await docxPart(result.value, "word/document.xml")).toContain("{{body}}");
    expect(codes(result)).toEqual(["docx/template-placeholder-unfilled"]);
  });

  it("cleans the properties like every other text, so docProps/core.xml stays well-formed", async () => {
    const result = await fillTemplate(
      template,
      { text: { subject: "x", body: "y" } },
      { properties: { title: "Update\uFFFE\uFFFF", author: "Chief\uD800 Officer", subject: "A\u0007B" } },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const core = await docxPart(result.value, "docProps/core.xml");
    expect(core).toContain("<dc:title>Update</dc:title>");
    expect(core).toContain("<dc:creator>Chief Officer</dc:creator>");
    for (const removed of ["\uFFFE", "\uFFFF", "\uD800", "\u0007"]) expect(core).not.toContain(removed);
    expect(result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["docx/control-character-removed", "properties.title"],
      ["docx/control-character-removed", "properties.author"],
      ["docx/control-character-removed", "properties.subject"],
    ]);
  });

  it("numbers each rendered document's lists from 1 when two are filled into one template", async () => {
    const listed = (title: string) =>
      renderCommitteeReport(
        {
          ...report,
          sections: [
            {
              title,
              role: "body",
              paragraphs: [{ content: [{ kind: "list", marker: "number", items: ["one", "two", "three"] }] }],
            },
          ],
        },
        { letterhead: false, header: false, footer: false, created: "2024-01-01" },
      );
    const twoBodies = minimalDocx(para("{{first}}") + para("{{second}}"));
    const result = await fillTemplate(twoBodies, {
      content: { first: listed("First"), second: listed("Second") },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const xml = await docxPart(result.value, "word/document.xml");
    const numIds = [...xml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(numIds).toHaveLength(6);
    expect(new Set(numIds.slice(0, 3)).size).toBe(1);
    expect(numIds[3]).not.toBe(numIds[0]);
    const numbering = await docxPart(result.value, "word/numbering.xml");
    for (const id of new Set(numIds))
      expect(numbering).toMatch(
        new RegExp(`<w:num w:numId="${id}"[^>]*>.*?<w:startOverride w:val="1"/>`, "s"),
      );
  });

  it.each([
    [{ width: -100, height: 50 }, "images.logo.width"],
    [{ width: 100, height: Number.NaN }, "images.logo.height"],
    [{ width: 0, height: 50 }, "images.logo.width"],
    [{ width: Number.POSITIVE_INFINITY, height: 50 }, "images.logo.width"],
    [{ width: 1e9, height: 50 }, "images.logo.width"],
  ])("refuses an image of size %j", async (size, path) => {
    const logo = { data: PNG, type: "png" as const, altText: "Council logo", ...size };
    const result = await fillTemplate(minimalDocx(para("{{logo}}")), { images: { logo } });
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["docx/template-image-invalid", path],
    ]);
  });

  it("refuses an image whose bytes are not of the type it names", async () => {
    const logo = { data: PNG, type: "jpg" as const, width: 10, height: 10, altText: "Council logo" };
    const result = await fillTemplate(minimalDocx(para("{{logo}}")), { images: { logo } });
    expect(codes(result)).toEqual(["docx/template-image-invalid"]);
  });

  it("fills a template docx itself wrote, headers included", async () => {
    const own = new Uint8Array(
      await Packer.toArrayBuffer(new Document({ sections: [{ children: [new Paragraph("{{subject}}")] }] })),
    );
    const result = await fillTemplate(own, { text: { subject: "Chief Officer's Update" } });
    expect(result.ok && result.issues).toEqual([]);
  });
});
