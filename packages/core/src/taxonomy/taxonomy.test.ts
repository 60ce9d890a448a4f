import { describe, expect, it } from "vitest";
import { createRegistry } from "./create-registry";
import { defineFramework } from "./define-framework";
import { findOutcome } from "./find-outcome";
import { findOutcomeByWording } from "./find-outcome-by-wording";
import { frameworkOutcomes } from "./framework-outcomes";
import { cjOpi2016 } from "./frameworks/cj-opi-2016";
import { cjpf2023 } from "./frameworks/cjpf-2023";
import { nab2008 } from "./frameworks/nab-2008";
import { nsmo2006 } from "./frameworks/nsmo-2006";
import { sgNationalOutcomes2007 } from "./frameworks/sg-national-outcomes-2007";
import { mapOutcomeRef } from "./map-outcome-ref";
import { builtInRegistry } from "./outcome-registry";

const codes = (refs: Array<{ code: string }>) => refs.map((ref) => ref.code);

describe("built-in frameworks", () => {
  it.each([
    [nsmo2006, 23],
    [nab2008, 14],
    [sgNationalOutcomes2007, 16],
    [cjOpi2016, 7],
    [cjpf2023, 9],
  ])("$id holds its outcomes", (framework, count) => {
    expect(framework.outcomes).toHaveLength(count);
    expect(defineFramework(framework)).toMatchObject({ ok: true, issues: [] });
  });

  it("keeps seed 003's wording of the 23, typos included", () => {
    expect(findOutcome({ framework: "nsmo-2006", code: "O3" })?.wording).toBe(
      "Reduced or stabilises substance misuse",
    );
    expect(findOutcome({ framework: "nsmo-2006", code: "O8" })?.wording).toBe(
      "The ability to live independently if they chose",
    );
    expect(codes(nsmo2006.outcomes.filter((o) => o.group === "S"))).toEqual([
      "S1",
      "S2",
      "S3",
      "S4",
      "S5",
      "S6",
      "S7",
    ]);
  });

  it("keeps seed 002's wording of the 14", () => {
    expect(findOutcome({ framework: "nab-2008", code: "A1" })?.wording).toBe(
      "Increased community safety and public protection through a consistent approach to managing offenders' on community and custodial sentences",
    );
    expect(findOutcome({ framework: "nab-2008", code: "A3" })?.wording).toBe(
      "Improved understanding of community disposals & the role of prisons",
    );
  });

  it("quotes national outcomes 9, 11 and 15 as seed 001 does", () => {
    expect(findOutcome({ framework: "sg-national-outcomes-2007", code: "11" })?.wording).toBe(
      "We have strong resilient and supportive communities where people take responsibility for their own actions and how they affect others",
    );
  });

  it("keeps the 2011 outcome's stable code while printing it before 15", () => {
    expect(codes(frameworkOutcomes(sgNationalOutcomes2007, "2007"))).toHaveLength(15);
    expect(codes(frameworkOutcomes(sgNationalOutcomes2007, "2011")).slice(-2)).toEqual(["16", "15"]);
    expect(findOutcome({ framework: "sg-national-outcomes-2007", code: "16" })?.introduced).toBe("2011");
  });

  it("tells C1 of one framework from C1 of another", () => {
    expect(findOutcome({ framework: "nsmo-2006", code: "C1" })?.group).toBe("C");
    expect(findOutcome({ framework: "nab-2008", code: "C1" })?.wording).toMatch(/^Effective CJAs in place/);
  });
});

describe("mapOutcomeRef", () => {
  it("maps the 14 onto the 23 by the domain table", () => {
    expect(codes(mapOutcomeRef({ framework: "nab-2008", code: "A3" }, "nsmo-2006"))).toEqual(["C3", "C4"]);
    expect(codes(mapOutcomeRef({ framework: "nab-2008", code: "B4" }, "nsmo-2006"))).toEqual(["O1"]);
  });

  it("maps the 23 back onto the 14", () => {
    expect(mapOutcomeRef({ framework: "nsmo-2006", code: "C4" }, "nab-2008")).toEqual([
      { framework: "nab-2008", code: "A3" },
    ]);
    expect(codes(mapOutcomeRef({ framework: "nsmo-2006", code: "S4" }, "nab-2008"))).toEqual(["C4"]);
  });

  it.each(["C6", "O4", "O6", "O7", "O8", "S5", "S6", "S7"])(
    "finds no counterpart for %s, not carried into the 14",
    (code) => {
      expect(mapOutcomeRef({ framework: "nsmo-2006", code }, "nab-2008")).toEqual([]);
    },
  );

  it("finds nothing where no mapping connects two frameworks", () => {
    expect(mapOutcomeRef({ framework: "sg-national-outcomes-2007", code: "9" }, "cjpf-2023")).toEqual([]);
  });
});

describe("a partnership's own framework", () => {
  const local = {
    id: "lanarkshire-local",
    title: "Lanarkshire CJA local outcomes",
    source: "Lanarkshire CJA Draft Implementation Plan 2008-09",
    groups: [{ code: "L", label: "Local outcomes" }],
    outcomes: [
      {
        framework: "lanarkshire-local",
        code: "L1",
        group: "L",
        wording: "Minimise the harm caused to individuals & communities",
      },
      {
        framework: "lanarkshire-local",
        code: "L2",
        group: "L",
        wording: "To improve ability to access and sustain suitable accommodation",
      },
    ],
  };

  it("registers and maps through to the 14 across two mappings", () => {
    const registry = createRegistry({
      frameworks: [local],
      mappings: [
        {
          id: "lanarkshire-local-to-nsmo-2006",
          from: "lanarkshire-local",
          to: "nsmo-2006",
          source: "By wording",
          links: [
            { from: "L1", to: ["C1"] },
            { from: "L2", to: ["O2"] },
          ],
        },
      ],
    });
    expect(registry.ok).toBe(true);
    if (!registry.ok) return;
    expect(mapOutcomeRef({ framework: "lanarkshire-local", code: "L2" }, "nab-2008", registry.value)).toEqual(
      [{ framework: "nab-2008", code: "B1" }],
    );
    expect(builtInRegistry.frameworks["lanarkshire-local"]).toBeUndefined();
  });

  it("finds an outcome by its wording, ignoring case, & and punctuation", () => {
    expect(
      findOutcomeByWording(local, "minimise the harm caused to individuals and communities.")?.code,
    ).toBe("L1");
  });

  it("reports duplicate codes, unknown groups and wrong frameworks with their paths", () => {
    const bad = {
      ...local,
      outcomes: [...local.outcomes, { framework: "other", code: "L1", group: "X", wording: "Again" }],
    };
    const checked = defineFramework(bad);
    expect(checked.ok).toBe(false);
    expect(checked.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["taxonomy/duplicate-code", "outcomes.2.code"],
      ["taxonomy/unknown-group", "outcomes.2.group"],
      ["taxonomy/wrong-framework", "outcomes.2.framework"],
    ]);
  });

  it("refuses a framework id already registered and a mapping to unknown codes", () => {
    const checked = createRegistry({
      frameworks: [
        { ...local, id: "nab-2008", outcomes: local.outcomes.map((o) => ({ ...o, framework: "nab-2008" })) },
      ],
      mappings: [
        { id: "x", from: "nab-2008", to: "nsmo-2006", source: "test", links: [{ from: "A1", to: ["C9"] }] },
      ],
    });
    expect(checked.issues.map((issue) => issue.code)).toEqual([
      "taxonomy/duplicate-framework",
      "taxonomy/unknown-code",
    ]);
  });
});

describe("findOutcomeByWording, tolerant and scored (issue 10, input 10)", () => {
  it("reads the form reports print, with numbering, other case and punctuation", () => {
    const match = findOutcomeByWording(
      cjpf2023,
      "1. More people successfully complete diversion from prosecution.",
    );
    expect([match?.code, match?.score]).toEqual(["1", 1]);
    expect(
      findOutcomeByWording(
        cjpf2023,
        "OUTCOME 2: MORE PEOPLE IN POLICE CUSTODY RECEIVE SUPPORT TO ADDRESS THEIR NEEDS",
      )?.code,
    ).toBe("2");
  });

  it("forgives a one-letter typo, with a score below 1", () => {
    const match = findOutcomeByWording(
      cjpf2023,
      "More people successfully complete diversion from prosecutoin",
    );
    expect(match?.code).toBe("1");
    expect(match?.score).toBeGreaterThan(0.9);
    expect(match?.score).toBeLessThan(1);
  });

  it("finds another framework's wording of the same outcome through the mappings", () => {
    const c4 = nsmo2006.outcomes.find((outcome) => outcome.code === "C4");
    const match = findOutcomeByWording(nab2008, c4?.wording ?? "");
    expect([match?.code, match?.via]).toEqual(["A3", { framework: "nsmo-2006", code: "C4" }]);
  });

  it("finds nothing for wording no outcome has, and never a guess between two", () => {
    expect(findOutcomeByWording(cjpf2023, "Improve the roads")).toBeUndefined();
    expect(findOutcomeByWording(cjpf2023, "x".repeat(1_000_000))).toBeUndefined();
  });
});
