import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { seedDocuments } from "./seed-documents";
import {
  dataMarks,
  normaliseSpace,
  planTexts,
  progressTexts,
  reportTexts,
  seedFragments,
  seedHaystack,
  seedMarks,
} from "./verbatim";

const seed = (name: string) => readFileSync(new URL(`../seeds/${name}`, import.meta.url), "utf8");

/** Cells a page break split, entered as the one cell they are (the brief's rule for `cont./` rows). */
const JOINED_ACROSS_PAGES = [
  "To support the provision of appropriate interventions for offenders and to effectively manage cases.",
  "Sustain and improve staff learning and development which takes into account multi-agency working and programme delivery.",
  "Develop and implement an effective information strategy based on the requirement for each element of the criminal justice system to assess the impact of their role and interaction with the offender - on the offenders family and consequently proactively identify and provide accessible information for families",
  "A preliminary literature review on the applicability of alcohol brief interventions for CJA clients has been completed. This is being augmented by a review on residential and peer supported Detox services (e.g. LEAP).",
];

/** Paragraph numbers Word's LISTNUM fields generate in seed 000: the extraction shows the field, not its number. */
const WORD_AUTONUMBERS = ["1.1", "2.1", "3.1"];

/** Seed text that is layout, not content: page-break artefacts, and labels the renderers print. */
const LAYOUT = [
  "GLOSSARY OF TERMS continued",
  "2.1.3 cont./",
  "2.2.5 cont./",
  "2.3.1 cont./",
  "2.3.2 cont./",
  "2.6.1 cont./",
  "Date of Meeting:",
  "Report by:",
  "Subject:",
  "Amanda Paul, Planning and Development Officer",
  "E-mail: Amanda.Paul@southlanarkshire.gov.uk",
  "Tony McNulty, Chief Officer",
  "E-mail: tony.mcnulty@southlanarkshire.gov.uk",
];

describe.each(seedDocuments.map((doc) => [doc.slug, doc] as const))(
  "%s keeps its seed's wording",
  (_slug, doc) => {
    const text = seed(doc.seed);
    const texts =
      doc.kind === "plan"
        ? [...planTexts(doc.plan), ...progressTexts(doc.progress)]
        : reportTexts(doc.report);

    it("holds no string the seed does not have", () => {
      const haystack = seedHaystack(text);
      const strays = texts
        .map(normaliseSpace)
        .filter(
          (t) => !haystack.includes(t) && !JOINED_ACROSS_PAGES.includes(t) && !WORD_AUTONUMBERS.includes(t),
        );
      expect(strays).toEqual([]);
    });

    it("leaves out no cell, paragraph or list item of the seed", () => {
      const data = normaliseSpace(texts.join(" "));
      const missing = seedFragments(text).filter(
        (fragment) => !data.includes(fragment) && !LAYOUT.includes(fragment),
      );
      // A theme heading shares its table cell with the first key measure under it (seed 002).
      const unsplit = missing.filter(
        (fragment) =>
          !/^\d\.\d \S/.test(fragment) ||
          !fragment.split(/ (?=\d\.\d\.\d)/).every((part) => data.includes(part)),
      );
      expect(unsplit).toEqual([]);
    });
  },
);

/** Action numbers after a theme heading in one cell: printed bold anyway, so not kept as marks. */
const ACTION_NUMBER = /^\d+(\.\d+)+\.?( \([^)]*\))?$/;

describe.each(seedDocuments.map((doc) => [doc.slug, doc] as const))(
  "%s keeps its seed's marks",
  (_slug, doc) => {
    const marks = seedMarks(seed(doc.seed));
    const data = dataMarks(doc.kind === "plan" ? [doc.plan, doc.progress] : doc.report);
    const key = (m: { mark: string; text: string }) => `${m.mark} ${m.text}`;

    it("marks no words the seed does not mark the same way", () => {
      const seedKeys = new Set(marks.map(key));
      expect(data.map(key).filter((k) => !seedKeys.has(k))).toEqual([]);
    });

    it("keeps every mark the seed puts inside a line", () => {
      const dataKeys = new Set(data.map(key));
      const lost = marks
        .filter((m) => m.inline && !ACTION_NUMBER.test(m.text))
        .map(key)
        .filter((k) => !dataKeys.has(k));
      expect(lost).toEqual([]);
    });
  },
);

describe("seed 002's marks", () => {
  it("are in the data: bold action numbers in the narrative, a bold phrase and a superscript ordinal in progress, underlined years in timescales, a bold aside in the glossary", () => {
    const doc = seedDocuments.find((d) => d.seed.startsWith("002"));
    const keys = dataMarks(doc?.kind === "plan" ? [doc.plan, doc.progress] : []).map(
      (m) => `${m.mark} ${m.text}`,
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        "bold 3.1.1 & 3.1.2",
        "bold 6.2",
        "bold integrate with 3.1.1.",
        "superscript th",
        "underline Year 1",
        "underline Year 2",
        "underline 2008-09",
        "underline 2009-10",
        "bold (Now known as ADPs – see above)",
      ]),
    );
  });
});

describe("seedMarks", () => {
  it("finds marked words and whether they sit inside a line", () => {
    expect(
      seedMarks(
        "<p><b>2.1.1</b> Increase</p>\t<p><u>Year 1</u> Complete data review</p>\nmeeting on 5 <sup>th</sup> June, **6.2** in",
      ),
    ).toEqual([
      { mark: "bold", text: "2.1.1", inline: false },
      { mark: "underline", text: "Year 1", inline: false },
      { mark: "bold", text: "6.2", inline: true },
      { mark: "superscript", text: "th", inline: true },
    ]);
  });
});

describe("seedFragments", () => {
  it("drops markup, field codes, bookmarks and bullet glyphs but keeps the words", () => {
    expect(
      seedFragments(
        " LISTNUM  LegalDefault \\l 2 \\ \nThe purpose of the report is to:-\n\t[purpose]\n· To update members",
      ),
    ).toEqual(["The purpose of the report is to:-", "To update members"]);
    expect(
      seedFragments(
        "<p><b>2.4.3 (A1-A5; B1-B5; C2-C4)</b></p> <p>Identify the most effective</p>\tCJA &amp; SPS",
      ),
    ).toEqual(["2.4.3 (A1-A5; B1-B5; C2-C4)", "Identify the most effective", "CJA & SPS"]);
  });
});
