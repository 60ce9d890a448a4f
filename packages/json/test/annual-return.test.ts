import { type AnnualReturn, communityJusticePartnerships, nationalBodies } from "@cja-kit/core";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { jsonSchema, read, write } from "../src/index";

// Community Justice Scotland, "Community Justice Outcome Activity Across Scotland Local Area Annual
// Return Template and Guidance 2019-20" (April 2020), sections 1 and 2 as the template opens them
// (https://docslib.org/download/9498997/community-justice-outcome-activity-across-scotland-local-area-annual-return-template-and-guidance-2019-20).
const TEMPLATE =
  "Community Justice Outcome Activity Across Scotland Local Area Annual Return Template and Guidance 2019-20";
const annualReturn: AnnualReturn = {
  title: "West Dunbartonshire local area annual return 2019-20",
  template: TEMPLATE,
  authority: communityJusticePartnerships["west-dunbartonshire"],
  recipient: nationalBodies["community-justice-scotland"],
  period: { kind: "financial-year", year: "2019-20" },
  sections: [
    {
      number: "1",
      title: "Background",
      role: "background",
      content: [
        {
          kind: "paragraph",
          text: "The introduction of the Community Justice (Scotland) Act 2016 triggered the formal implementation of the new model of Community Justice in Scotland.",
        },
      ],
    },
    {
      number: "2",
      title: "Statement of Assurance",
      role: "assurance",
      content: [
        {
          kind: "paragraph",
          text: "The information submitted to Community Justice Scotland using this template is for the purpose of fulfilling the requirement under s27 of the Community Justice (Scotland) Act 2016 for Community Justice Scotland to produce a report on performance in relation to community justice outcomes across Scotland.",
        },
      ],
    },
    {
      title: "Outcome 1",
      role: "outcome",
      outcome: { framework: "cj-opi-2016", code: "1" },
      selfAssessment: [{ label: "2019-20", raw: "11", value: 11 }],
    },
  ],
};

describe("the annual return to Community Justice Scotland as a JSON document", () => {
  it("is written, validated by its JSON Schema, and read back equal, with core's issues", () => {
    const text = write({ format: "annual-return", data: annualReturn });
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(jsonSchema("annual-return"));
    expect(validate(JSON.parse(text))).toBe(true);
    const checked = read(text, { format: "annual-return" });
    expect(checked.ok).toBe(false);
    expect(checked.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["report/score-out-of-range", "data.sections.2.selfAssessment.0"],
    ]);
    const fixed = { ...annualReturn, sections: annualReturn.sections.slice(0, 2) };
    expect(read(write({ format: "annual-return", data: fixed }))).toEqual({
      ok: true,
      value: { format: "annual-return", data: fixed },
      issues: [],
    });
  });

  it("reads a plan written before partnerships were in core: an Authority with only name, kind and councils", () => {
    const text = JSON.stringify({
      format: "cja-kit/plan",
      version: 1,
      data: {
        kind: "action-plan",
        authority: {
          name: "Lanarkshire Community Justice Authority",
          kind: "cja",
          cja: "lanarkshire",
          councils: [],
        },
        period: { from: "2010-11", to: "2010-11" },
        columns: [{ field: "timescale", label: "Timescale" }],
        themes: [],
      },
    });
    expect(read(text)).toMatchObject({ ok: true, issues: [] });
  });
});
