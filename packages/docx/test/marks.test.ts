import { type Content, GlossaryEntry, type Plan, parseContent } from "@cja-kit/core";
import { seedDocuments } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { renderActionPlan } from "../src/index";
import { CREATED, renderedSeeds } from "./support/seeds";
import { paragraphsOf, partOf, textOf } from "./support/xml";

// Inline marks (issue 13, finding 6): each run's marks become Word run properties, in body text,
// lists and table cells, and the words stay the same.

/** The runs of a paragraph's XML: each run's text and its run properties. */
const runsOf = (paragraph: string) =>
  [...paragraph.matchAll(/<w:r>(?:<w:rPr>(.*?)<\/w:rPr>)?<w:t[^>]*>([^<]*)<\/w:t><\/w:r>/g)].map((m) => ({
    props: m[1] ?? "",
    text: m[2] ?? "",
  }));

const plan = seedDocuments.find((doc) => doc.seed.startsWith("002"));

function withChapter(content: Content): Plan {
  if (plan?.kind !== "plan") throw new Error("seed 002 is a plan");
  const chapter = { title: "MARKS", blocks: content };
  return { ...plan.plan, chapters: [chapter] };
}

describe("marks in Word", () => {
  it("sets bold, italics, underline and superscript as run properties, in paragraphs and list items", async () => {
    const content = parseContent(
      "**Bold** _italic_ __underlined__ 5^th^ June\n• item with __2008-09__ underlined\n**RESOURCES**",
    );
    const xml = await partOf(renderActionPlan(withChapter(content), undefined, { created: CREATED }));
    const paragraphs = paragraphsOf(xml).filter((p) => /Bold|item with|RESOURCES/.test(textOf(p)));
    const [marked, item, strong] = paragraphs.map(runsOf);
    expect(marked).toEqual([
      { props: "<w:b/><w:bCs/>", text: "Bold" },
      { props: "", text: " " },
      { props: "<w:i/><w:iCs/>", text: "italic" },
      { props: "", text: " " },
      { props: '<w:u w:val="single"/>', text: "underlined" },
      { props: "", text: " 5" },
      { props: '<w:vertAlign w:val="superscript"/>', text: "th" },
      { props: "", text: " June" },
    ]);
    expect(item).toEqual([
      { props: "", text: "item with " },
      { props: '<w:u w:val="single"/>', text: "2008-09" },
      { props: "", text: " underlined" },
    ]);
    expect(strong).toEqual([{ props: "<w:b/><w:bCs/>", text: "RESOURCES" }]);
  });

  it("keeps seed 002's superscript ordinal and bold phrase in the progress cells", async () => {
    const seed = renderedSeeds.find((s) => s.id === "002");
    const xml = await partOf(seed?.render() ?? renderActionPlan(withChapter([])));
    const runs = paragraphsOf(xml).flatMap(runsOf);
    expect(runs).toContainEqual({ props: '<w:vertAlign w:val="superscript"/>', text: "th" });
    expect(runs).toContainEqual({ props: "<w:b/><w:bCs/>", text: "integrate with 3.1.1." });
    expect(textOf(xml)).toContain("formally adopted by the CJA at their meeting on 5th June 2008.");
  });

  it("underlines seed 002's years at the start of its timescale lines", async () => {
    const seed = renderedSeeds.find((s) => s.id === "002");
    const xml = await partOf(seed?.render() ?? renderActionPlan(withChapter([])));
    const lines = paragraphsOf(xml)
      .map(runsOf)
      .filter((runs) => runs.length > 1 && /^(Year [12]|2008-09|2009-10)$/.test(runs[0]?.text ?? ""));
    expect(lines.map((runs) => runs.slice(0, 2))).toEqual([
      [
        { props: '<w:u w:val="single"/>', text: "Year 1" },
        { props: "", text: " Complete data review" },
      ],
      [
        { props: '<w:u w:val="single"/>', text: "Year 2" },
        { props: "", text: " Establish processes with NHS" },
      ],
      [
        { props: '<w:u w:val="single"/>', text: "2008-09" },
        { props: "", text: " Deliver consistent &amp; timely housing advice in all Scottish Prisons" },
      ],
      [
        { props: '<w:u w:val="single"/>', text: "2009-10" },
        { props: "", text: " Develop and introduce comprehensive advice process" },
      ],
    ]);
  });

  it("sets seed 002's bold aside in its glossary definition bold, the rest of the definition plain", async () => {
    const seed = renderedSeeds.find((s) => s.id === "002");
    const xml = await partOf(seed?.render() ?? renderActionPlan(withChapter([])));
    const definition = paragraphsOf(xml).find((p) => textOf(p).startsWith("Drug and Alcohol Action Teams."));
    expect(runsOf(definition ?? "")).toEqual([
      {
        props: "",
        text: "Drug and Alcohol Action Teams. The DAAT is responsible for implementing national drug and alcohol strategies at a local level. ",
      },
      { props: "<w:b/><w:bCs/>", text: "(Now known as ADPs – see above)" },
    ]);
  });

  it("refuses a glossary entry whose runs do not join to its definition", () => {
    const entry = {
      term: "ADP",
      definition: "Alcohol and Drug Partnership",
      runs: [{ text: "Alcohol", bold: true }],
    };
    const parsed = GlossaryEntry.safeParse(entry);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["runs"]);
  });
});
