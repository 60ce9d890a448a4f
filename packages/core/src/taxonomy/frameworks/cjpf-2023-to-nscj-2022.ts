import type { OutcomeMapping } from "../outcome-mapping";

const UNCHECKED = "The publication's table is cut off after outcome 3 in the stored copy; link by wording";

/**
 * Each nationally determined outcome of the 2023 performance framework onto the priority action
 * of the 2022 National Strategy it is aligned to, as the framework's table "Nationally Determined
 * Outcomes and Associated National Indicators" pairs them (`published`; links 4-9 not checked).
 *
 * @example
 * ```ts
 * mapOutcomeRef({ framework: "cjpf-2023", code: "1" }, "nscj-2022"); // [{ framework: "nscj-2022", code: "PA1" }]
 * ```
 */
export const cjpf2023ToNscj2022: OutcomeMapping = /* @__PURE__ */ (() => ({
  id: "cjpf-2023-to-nscj-2022",
  from: "cjpf-2023",
  to: "nscj-2022",
  source:
    "Community Justice Performance Framework (2023), Nationally Determined Outcomes and Associated National Indicators: https://www.gov.scot/publications/community-justice-performance-framework/pages/8/",
  basis: "published" as const,
  links: [
    { from: "1", to: ["PA1"] },
    { from: "2", to: ["PA2"] },
    { from: "3", to: ["PA3"] },
    { from: "4", to: ["PA5"], unverified: UNCHECKED },
    { from: "5", to: ["PA7"], unverified: UNCHECKED },
    { from: "6", to: ["PA8"], unverified: UNCHECKED },
    { from: "7", to: ["PA9"], unverified: UNCHECKED },
    { from: "8", to: ["PA10"], unverified: UNCHECKED },
    { from: "9", to: ["PA13"], unverified: UNCHECKED },
  ],
}))();
