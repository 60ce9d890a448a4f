import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { write } from "@cja-kit/json";
import { lanarkshireChiefOfficersUpdate } from "@cja-kit/seed-data";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run, STACK_LINE } from "../../test/support/run";
import { removeTempFolders, type SeedFile, tempFolder, writeSeedFiles } from "../../test/support/seed-files";

afterAll(removeTempFolders);

let folder: string;
let seeds: SeedFile[];
const lanarkshire = "lanarkshire-progress-2010-11-q2";
const options = (name: string) => seeds.find((seed) => seed.name === name)?.options ?? [];

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(join(folder, file)));
  return (await zip.file("word/document.xml")?.async("string")) ?? "";
}

beforeAll(async () => {
  folder = tempFolder("render");
  seeds = writeSeedFiles(folder);
  // A council's template, made by cja-kit itself: a report whose text is the placeholders.
  const template = {
    authority: lanarkshireChiefOfficersUpdate.authority,
    sections: [
      {
        title: "{{subject}}",
        role: "body",
        paragraphs: [{ content: [{ kind: "paragraph", text: "{{body}}" }] }],
      },
    ],
  };
  writeFileSync(
    join(folder, "template.json"),
    write({ format: "committee-report", data: template as never }),
  );
  await run(["convert", "template.json", "template.docx"], folder);
  writeFileSync(join(folder, "not-word.docx"), "PK\u0003\u0004 but not a zip");
});

describe("cja-kit render", () => {
  it("prints a plan beside its input by default, as the plan's kind", async () => {
    const ran = await run(
      [
        "render",
        "lanarkshire-implementation-plan-2008-09-q2.json",
        "--progress",
        "lanarkshire-implementation-plan-2008-09-q2.progress.json",
      ],
      folder,
    );
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stderr).toContain("wrote lanarkshire-implementation-plan-2008-09-q2.docx");
    expect(await documentXml("lanarkshire-implementation-plan-2008-09-q2.docx")).toContain(
      "Lead responsibility",
    );
  });

  it("prints a quarterly progress report from a CSV plan with its progress, rated in words", async () => {
    const args = [
      "render",
      `${lanarkshire}.csv`,
      ...options(`${lanarkshire}.csv`),
      "--kind",
      "progress-report",
      "--at",
      "2010-09-30",
      "-o",
      "q2.docx",
    ];
    const ran = await run(args, folder);
    expect(ran.code, ran.stderr).toBe(0);
    const xml = await documentXml("q2.docx");
    expect(xml).toMatch(/Rating of the \d+ rows of progress on the \d+ actions/);
    expect(xml).toMatch(/<w:t xml:space="preserve">(Red|Amber|Green)<\/w:t>/);
    expect(xml).toContain("Reported on track; the planned date is 30 April 2011.");
  });

  it("pours a committee report into a council's template at {{body}}, filling {{subject}}", async () => {
    const ran = await run(
      [
        "render",
        "lanarkshire-chief-officers-update-2007.json",
        "--template",
        "template.docx",
        "-o",
        "filled.docx",
      ],
      folder,
    );
    expect(ran.code, ran.stderr).toBe(0);
    const xml = await documentXml("filled.docx");
    expect(xml).not.toContain("{{body}}");
    expect(xml).not.toContain("{{subject}}");
    expect(xml).toContain(lanarkshireChiefOfficersUpdate.sections[0]?.title);
  });

  it("writes nothing when the template has no place for the document", async () => {
    const ran = await run(
      [
        "render",
        "lanarkshire-chief-officers-update-2007.json",
        "--template",
        "template.docx",
        "--placeholder",
        "content",
        "-o",
        "unfilled.docx",
      ],
      folder,
    );
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain("template.docx: has no {{content}} for the document");
    expect(existsSync(join(folder, "unfilled.docx"))).toBe(false);
  });

  it.each([
    [
      ["render", `${lanarkshire}.json`, "--kind", "progress-report", "-o", "a.docx"],
      /a progress report needs the return/,
    ],
    [
      ["render", `${lanarkshire}.json`, "--kind", "committee-report", "-o", "b.docx"],
      /--kind committee-report prints a committee report, and this is a plan|not a committee-report|format/,
    ],
    [["render", `${lanarkshire}.json`, "-o", "c.pdf"], /extension "\.pdf"/],
    [
      ["render", `${lanarkshire}.json`, "--at", "30/09/2010", "-o", "d.docx"],
      /--at "30\/09\/2010" is not a date/,
    ],
    [
      ["render", `${lanarkshire}.json`, "--template", "council.docx", "-o", "e.docx"],
      /council\.docx: cannot read it/,
    ],
    [
      ["render", `${lanarkshire}.json`, "--template", `${lanarkshire}.json`, "-o", "f.docx"],
      /a template is a Word document/,
    ],
    [
      ["render", `${lanarkshire}.json`, "--template", "not-word.docx", "-o", "g.docx"],
      /not-word\.docx: cja-kit cannot fill this template: The template is not a \.docx/,
    ],
  ])("refuses %j with one line", async (args, message) => {
    const ran = await run(args, folder);
    expect(ran.code).not.toBe(0);
    expect(ran.stderr).toMatch(message);
    expect(ran.stderr).not.toMatch(STACK_LINE);
  });
});
