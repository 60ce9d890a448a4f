import { assessPlan, CjaKitError, type Plan, rollUpByOutcome } from "@cja-kit/core";
import {
  lanarkshireChiefOfficersUpdate,
  lanarkshireIndicators2010_11,
  lothianBordersActionPlan2010_11,
  lothianBordersProgressYear2,
} from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import {
  fillTemplate,
  renderActionPlan,
  renderCommitteeReport,
  renderIndicatorSet,
  renderOutcomeImprovementPlan,
  renderProgressReport,
  renderRollUpReport,
  toBlob,
} from "../src/index";
import { toBuffer, writeDocx } from "../src/node";

// Renderers, packers and fillTemplate check their input before they do anything with it (issue
// 10 input 11): what core's schema refuses, a cyclic value and options of the wrong type are
// `usage/invalid-argument`, with an issue naming each place, never a TypeError or a stack overflow.

const created = "2010-10-01T00:00:00Z";
const plan = lothianBordersActionPlan2010_11;
const progress = lothianBordersProgressYear2;
const report = lanarkshireChiefOfficersUpdate;

function thrown(call: () => unknown): CjaKitError {
  try {
    call();
  } catch (error) {
    if (error instanceof CjaKitError) return error;
    throw error;
  }
  throw new Error("expected a CjaKitError");
}
const where = (error: CjaKitError) => error.issues.map((issue) => [issue.code, issue.path.join(".")]);

describe("renderer input", () => {
  it("refuses a plan whose title is a number, naming the place, instead of printing no title", () => {
    const error = thrown(() => renderActionPlan({ ...plan, title: 2010 as unknown as string }, progress));
    expect(error.code).toBe("usage/invalid-argument");
    expect(where(error)).toEqual([["schema/invalid_type", "plan.title"]]);
    expect(error.message).toContain("renderActionPlan cannot use its input: plan.title");
  });

  it("refuses a theme that contains itself with one issue where it comes round, not a RangeError", () => {
    const cyclic = structuredClone(plan) as Plan;
    const theme = cyclic.themes[0] as Plan["themes"][number];
    theme.themes = [theme];
    expect(where(thrown(() => renderActionPlan(cyclic)))).toEqual([
      ["usage/invalid-argument", "plan.themes.0.themes.0"],
    ]);
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a string", "Lothian and Borders"],
    ["an array", []],
  ])("refuses %s in place of a plan", (_, value) => {
    expect(thrown(() => renderProgressReport(value as unknown as Plan, progress)).code).toBe(
      "usage/invalid-argument",
    );
  });

  it("refuses a progress return of the wrong shape, and lets an absent one through", () => {
    expect(where(thrown(() => renderActionPlan(plan, { entries: "none" } as never))).at(0)?.[1]).toMatch(
      /^progress\./,
    );
    expect(renderActionPlan(plan, undefined, { created }).issues).toEqual(expect.any(Array));
  });

  it.each([
    [{ fontSize: Number.NaN }, "options.fontSize"],
    [{ paperSize: "A9" }, "options.paperSize"],
    [{ paperSize: { width: 0, height: 297 } }, "options.paperSize"],
    [{ marginMm: -5 }, "options.marginMm"],
    [{ colours: { accent: "navy" } }, "options.colours"],
    [{ orientation: "sideways" }, "options.orientation"],
    [{ created: "not a date" }, "options.created"],
    [{ header: "yes" }, "options.header"],
    [{ columns: [{ field: "number" }] }, "options.columns"],
  ])("refuses the option %j, naming it", (options, path) => {
    const error = thrown(() => renderCommitteeReport(report, options as never));
    expect(where(error)).toEqual([["usage/invalid-argument", path]]);
    expect(error.issues[0]?.message).toMatch(/must be .+, but was given/);
  });

  it("refuses options that are not an object, and keeps options it does not know", () => {
    expect(where(thrown(() => renderCommitteeReport(report, null as never)))).toEqual([
      ["usage/invalid-argument", "options"],
    ]);
    expect(renderCommitteeReport(report, { created, colour: "red" } as never).issues).toEqual([]);
  });

  it("refuses an indicator set that is not one, and one given to an outcome improvement plan", () => {
    expect(
      thrown(() => renderIndicatorSet({ ...lanarkshireIndicators2010_11, indicators: {} } as never)).code,
    ).toBe("usage/invalid-argument");
    const error = thrown(() => renderOutcomeImprovementPlan(plan, undefined, { indicators: [{}] as never }));
    expect(error.issues.every((issue) => issue.path.slice(0, 3).join(".") === "options.indicators.0")).toBe(
      true,
    );
  });

  it("refuses roll-ups that are not what rollUpByOutcome returns", () => {
    const rollUps = rollUpByOutcome(assessPlan(plan, progress, { at: "2010-09-30" }), {
      framework: "nab-2008",
    });
    expect(renderRollUpReport(report, rollUps, { created }).issues).toEqual([]);
    const broken = [{ ...rollUps[0], rag: "purple" }];
    expect(where(thrown(() => renderRollUpReport(report, broken as never)))).toEqual([
      ["usage/invalid-argument", "rollUps.0.rag"],
    ]);
    expect(where(thrown(() => renderRollUpReport(report, "all" as never)))).toEqual([
      ["usage/invalid-argument", "rollUps"],
    ]);
  });
});

describe("packing and template input", () => {
  it("rejects something that is not what a renderer returned, with CjaKitError", async () => {
    const fake = { document: {}, issues: [], body: [], parts: [] };
    await expect(toBlob(fake)).rejects.toMatchObject({ code: "usage/invalid-argument" });
    await expect(toBuffer(undefined as never)).rejects.toMatchObject({ code: "usage/invalid-argument" });
    await expect(writeDocx("", renderCommitteeReport(report, { created }))).rejects.toMatchObject({
      code: "usage/invalid-argument",
      issues: [expect.objectContaining({ path: ["path"] })],
    });
  });

  it("answers a template that is not bytes, and a fill of the wrong kinds, with issues and fills nothing", async () => {
    const template = await toBuffer(renderCommitteeReport(report, { created }));
    const notBytes = await fillTemplate("report.docx" as never, {});
    expect(notBytes).toEqual({ ok: false, issues: [expect.objectContaining({ path: ["template"] })] });
    const wrong = await fillTemplate(template, {
      content: { body: { document: {} } as never },
      text: { subject: 42 as never },
      images: { logo: "logo.png" as never },
    });
    expect(wrong.ok).toBe(false);
    expect(wrong.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["usage/invalid-argument", "fill.content.body"],
      ["usage/invalid-argument", "fill.text.subject"],
      ["usage/invalid-argument", "fill.images.logo"],
    ]);
    const badOptions = await fillTemplate(template, {}, { limits: { maxEntries: -1 } });
    expect(badOptions.issues.map((issue) => issue.path.join("."))).toEqual(["options.limits.maxEntries"]);
  });
});
