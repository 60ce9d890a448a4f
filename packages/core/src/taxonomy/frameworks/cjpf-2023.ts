import type { OutcomeFramework } from "../outcome-framework";

const outcome = (code: string, wording: string) => ({
  framework: "cjpf-2023",
  code,
  group: "national",
  wording,
});

/**
 * The Community Justice Performance Framework (2023), which replaced the 2016 framework: nine
 * national outcomes, each "More people ...".
 *
 * @example
 * ```ts
 * cjpf2023.outcomes[0]?.wording; // "More people successfully complete diversion from prosecution"
 * ```
 */
export const cjpf2023: OutcomeFramework = /* @__PURE__ */ (() => ({
  id: "cjpf-2023",
  title: "Community Justice Performance Framework",
  source:
    "Scottish Government and Community Justice Scotland, 2023; wording as quoted in a council's published report",
  note: "Wording taken from a council's published report; check it against the national publication before relying on it.",
  groups: [{ code: "national", label: "National outcomes" }],
  outcomes: [
    outcome("1", "More people successfully complete diversion from prosecution"),
    outcome("2", "More people in police custody receive support to address their needs"),
    outcome("3", "More people are assessed for and successfully complete bail supervision"),
    outcome(
      "4",
      "More people access services to support desistance and successfully complete community sentences",
    ),
    outcome(
      "5",
      "More people have access to, and continuity of, health and social care following release from a prison sentence",
    ),
    outcome(
      "6",
      "More people have access to suitable accommodation following release from a prison sentence",
    ),
    outcome("7", "More people with convictions access support to enhance their readiness for employment"),
    outcome("8", "More people access voluntary throughcare following a short term prison sentence"),
    outcome(
      "9",
      "More people across the workforce and in the community understand, and have confidence in, community justice",
    ),
  ],
}))();
