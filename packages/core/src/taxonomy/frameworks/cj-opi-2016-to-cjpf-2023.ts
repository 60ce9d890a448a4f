import type { OutcomeMapping } from "../outcome-mapping";

/**
 * The seven outcomes of the 2016 OPI framework onto the nine of the 2023 performance framework,
 * matched by wording: the 2023 framework "replaces" the 2016 one but publishes no table between
 * them, so this is `by-wording`. Structural outcome 2 ("Partners plan and deliver services in a
 * more strategic and collaborative way") has no counterpart among the nine and is not mapped.
 *
 * @example
 * ```ts
 * mapOutcomeRef({ framework: "cj-opi-2016", code: "3" }, "cjpf-2023").map((ref) => ref.code); // ["5", "6", "7"]
 * ```
 */
export const cjOpi2016ToCjpf2023: OutcomeMapping = /* @__PURE__ */ (() => ({
  id: "cj-opi-2016-to-cjpf-2023",
  from: "cj-opi-2016",
  to: "cjpf-2023",
  source: "Matched by wording by cja-kit; the 2023 framework replaces the 2016 one without a mapping table",
  basis: "by-wording" as const,
  links: [
    { from: "1", to: ["9"] },
    { from: "3", to: ["5", "6", "7"] },
    { from: "4", to: ["1", "3", "4"] },
    { from: "5", to: ["2", "5", "6"] },
    { from: "6", to: ["7"] },
    { from: "7", to: ["4", "8"] },
  ],
}))();
