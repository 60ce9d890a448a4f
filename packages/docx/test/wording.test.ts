import { seedDocuments } from "@cja-kit/seed-data";
import { beforeAll, describe, expect, it } from "vitest";
import { renderCommitteeReport } from "../src/index";
import { toBuffer } from "../src/node";
import { developerWording, machineIds } from "./support/developer-wording";
import { docxPart, docxPaths } from "./support/docx-parts";
import { councilPaper, rollUpPaper } from "./support/examples";
import { CREATED, crossRenders } from "./support/seeds";
import { textOf } from "./support/xml";

// Every example document as a board member reads it (finding 8): every seed plan as every kind,
// the committee reports, the outcome roll-up report and the council template, each read back
// from the .docx (body, running headers and footers), with no developer wording and no machine id.

/** The text a reader sees: the body, headers and footers. */
async function visibleText(bytes: Uint8Array): Promise<string> {
  const parts = (await docxPaths(bytes)).filter((path) =>
    /^word\/(document|header\d*|footer\d*)\.xml$/.test(path),
  );
  const texts = await Promise.all(parts.map(async (path) => textOf(await docxPart(bytes, path))));
  return texts.join("\n");
}

async function documents(): Promise<Array<[string, Uint8Array]>> {
  const reports = seedDocuments.flatMap((doc) =>
    doc.kind === "committee-report"
      ? [{ name: doc.slug, rendered: renderCommitteeReport(doc.report, { created: CREATED }) }]
      : [],
  );
  const rendered = [...crossRenders(), ...reports, { name: "outcome-rollup", rendered: rollUpPaper() }];
  return [
    ...(await Promise.all(
      rendered.map(async ({ name, rendered }) => [name, await toBuffer(rendered)] as [string, Uint8Array]),
    )),
    ["council-template", await councilPaper()],
  ];
}

describe("the words of every example document", () => {
  const texts = new Map<string, string>();
  beforeAll(async () => {
    for (const [name, bytes] of await documents()) texts.set(name, await visibleText(bytes));
  }, 120_000);

  it("renders every seed as every kind, the committee reports, the roll-up and the council template", () => {
    expect([...texts.keys()]).toEqual(
      expect.arrayContaining([
        "001-as-progress-report",
        "002-as-action-plan",
        "003-as-implementation-plan",
        "lanarkshire-committee-report-2008-02-28",
        "lanarkshire-chief-officers-update-2007",
        "outcome-rollup",
        "council-template",
      ]),
    );
    expect(texts.size).toBe(3 * seedDocuments.filter((d) => d.kind === "plan").length + 4);
  });

  it("holds no developer wording and no machine id anywhere a reader looks", () => {
    const ids = machineIds();
    expect(ids).toEqual(
      expect.arrayContaining(["lanarkshire/action-plan-2010-11", "nab-2008", "on-track", "worst-of"]),
    );
    const found = Object.fromEntries([...texts].map(([name, text]) => [name, developerWording(text, ids)]));
    expect(found).toEqual(Object.fromEntries([...texts.keys()].map((name) => [name, []])));
  });

  it("catches each kind of wording it looks for", () => {
    const ids = machineIds();
    expect(
      developerWording(
        "RAG: Not rated / Reported in wording no rule recognises. Status not recognised. 2.1.3 of lanarkshire/action-plan-2010-11; rule as-reported, on-track.",
        ids,
      ),
    ).toEqual(
      expect.arrayContaining([
        "RAG:",
        "no rule recognises",
        "not recognised",
        "lanarkshire/action-plan-2010-11",
        "on-track",
      ]),
    );
    expect(developerWording("Reported on track; the planned date is 31 October 2010.", ids)).toEqual([]);
  });
});
