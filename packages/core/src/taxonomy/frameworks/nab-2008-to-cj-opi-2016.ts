import type { OutcomeMapping } from "../outcome-mapping";

/**
 * The 14 outcomes of the 2008 CJA performance framework onto the seven of the 2016 OPI framework,
 * matched by wording: no publication found gives this mapping (the 2016 framework was written for
 * a new model, not as a renumbering), so it is `by-wording`, a reading to roll the CJA era's work
 * up under today's outcomes, not an official one.
 *
 * @example
 * ```ts
 * mapOutcomeRef({ framework: "nab-2008", code: "B1" }, "cj-opi-2016"); // [{ framework: "cj-opi-2016", code: "5" }]
 * ```
 */
export const nab2008ToCjOpi2016: OutcomeMapping = /* @__PURE__ */ (() => ({
  id: "nab-2008-to-cj-opi-2016",
  from: "nab-2008",
  to: "cj-opi-2016",
  source: "Matched by wording by cja-kit; no publication found gives a mapping between the two frameworks",
  basis: "by-wording" as const,
  links: [
    { from: "A1", to: ["4"] },
    { from: "A2", to: ["1"] },
    { from: "A3", to: ["1"] },
    { from: "A4", to: ["1"] },
    { from: "A5", to: ["6"] },
    { from: "B1", to: ["5"] },
    { from: "B2", to: ["6"] },
    { from: "B3", to: ["5"] },
    { from: "B4", to: ["5"] },
    { from: "B5", to: ["7"] },
    { from: "C1", to: ["2"] },
    { from: "C2", to: ["3"] },
    { from: "C3", to: ["4"] },
    { from: "C4", to: ["4"] },
  ],
}))();
