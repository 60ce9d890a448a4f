import type { OutcomeFramework } from "../outcome-framework";

const outcome = (code: string, wording: string, introduced?: string) => ({
  framework: "sg-national-outcomes-2007",
  code,
  group: "NO",
  wording,
  ...(introduced === undefined ? {} : { introduced }),
});

const first14 = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14"];

/**
 * The Scottish Government's national outcomes of the 2007 National Performance Framework (15),
 * with the 16th added in the December 2011 refresh. Codes are stable: later lists print 16 between
 * 14 and 15, which the `2011` edition records. Wording of 9, 11 and 15 verbatim from Lanarkshire
 * CJA's Quarter 2 progress 2010 (seed 001); the others from Scotland Performs.
 *
 * @example
 * ```ts
 * sgNationalOutcomes2007.outcomes.find((o) => o.code === "9")?.wording;
 * // "We live our lives safe from crime, disorder and danger"
 * ```
 */
export const sgNationalOutcomes2007: OutcomeFramework = /* @__PURE__ */ (() => ({
  id: "sg-national-outcomes-2007",
  title: "Scottish Government National Outcomes (National Performance Framework)",
  source:
    "Scottish Government, Scotland Performs, 2007 and December 2011 refresh; 9, 11 and 15 as quoted by Lanarkshire CJA, 2010",
  groups: [{ code: "NO", label: "National Outcomes" }],
  outcomes: [
    outcome("1", "We live in a Scotland that is the most attractive place for doing business in Europe."),
    outcome(
      "2",
      "We realise our full economic potential with more and better employment opportunities for our people.",
    ),
    outcome(
      "3",
      "We are better educated, more skilled and more successful, renowned for our research and innovation.",
    ),
    outcome(
      "4",
      "Our young people are successful learners, confident individuals, effective contributors and responsible citizens.",
    ),
    outcome("5", "Our children have the best start in life and are ready to succeed."),
    outcome("6", "We live longer, healthier lives."),
    outcome("7", "We have tackled the significant inequalities in Scottish society."),
    outcome("8", "We have improved the life chances for children, young people and families at risk."),
    outcome("9", "We live our lives safe from crime, disorder and danger"),
    outcome(
      "10",
      "We live in well-designed, sustainable places where we are able to access the amenities and services we need.",
    ),
    outcome(
      "11",
      "We have strong resilient and supportive communities where people take responsibility for their own actions and how they affect others",
    ),
    outcome(
      "12",
      "We value and enjoy our built and natural environment and protect it and enhance it for future generations.",
    ),
    outcome("13", "We take pride in a strong, fair and inclusive national identity."),
    outcome("14", "We reduce the local and global environmental impact of our consumption and production."),
    outcome(
      "15",
      "Our public services are high quality, continually improving, efficient and responsive to local people's needs.",
    ),
    outcome(
      "16",
      "Our people are able to maintain their independence as they get older and are able to access appropriate support when they need it.",
      "2011",
    ),
  ],
  editions: [
    { id: "2007", label: "National Performance Framework 2007", codes: [...first14, "15"] },
    { id: "2011", label: "December 2011 refresh", codes: [...first14, "16", "15"] },
  ],
}))();
