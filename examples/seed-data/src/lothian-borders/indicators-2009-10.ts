import { communityJusticeAuthorities, type IndicatorSet } from "@cja-kit/core";
import { refs } from "../build";

/**
 * The measured targets of Lothian & Borders CJA's Action Plan 2010-11 (seed 002) as indicators:
 * ICM case-conference attendance (6.1), local prisoners at HMP Edinburgh (2.4.7) and employability
 * take-up (2.2.1). Figures and wording as the plan gives them.
 */
export const lothianBordersIndicators2009_10: IndicatorSet = {
  id: "lothian-borders/indicators-2009-10",
  title: "Lothian & Borders CJA: targets in the Action Plan 2010-11",
  authority: communityJusticeAuthorities["lothian-borders"],
  indicators: [
    {
      id: "icm-attendance",
      name: "Integrated Case Management",
      unit: "percent",
      direction: "higher-is-better",
      target: { value: 85, raw: "85%", scope: "national" },
      actual: { value: 94, raw: "94%", period: "2009-10" },
      tolerance: { kind: "absolute", value: 5 },
      actionNumber: "6.1",
      outcomeRefs: refs("(A2; B1-B5; C1-C4)"),
      source: "National target of 85% achieved and exceeded to 94%",
    },
    {
      id: "local-prisoner-places",
      name: "L&B occupancy of HMP Edinburgh",
      unit: "percent",
      direction: "higher-is-better",
      baseline: { value: 50, raw: "50%", period: "2006-07" },
      actual: { value: 74, raw: "74%", period: "2007-08" },
      actionNumber: "2.4.7",
      outcomeRefs: refs("(A1-A5 ; B1-B5 C1,C2)"),
      source:
        "Significant progress achieved through increase in HMP Edinburgh from 50% to 74% L&B occupancy in 2007-08.",
    },
    {
      id: "employability-take-up",
      name: "Take-up of employability services by offenders",
      unit: "percent",
      direction: "higher-is-better",
      target: { value: 50, raw: "50% take-up by end of year 1", scope: "local" },
      actionNumber: "2.2.1",
      source: "50% take-up by end of year 1",
    },
  ],
};
