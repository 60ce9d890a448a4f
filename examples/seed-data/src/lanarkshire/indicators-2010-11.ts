import { communityJusticeAuthorities, type IndicatorSet } from "@cja-kit/core";
import { refs } from "../build";

/**
 * The measured target of Lanarkshire CJA's Quarter 2 progress 2010 (seed 001): ICM case-conference
 * attendance, national target 85%. The return says the target "continues to be exceeded" but gives
 * no figure, so the indicator has no value.
 */
export const lanarkshireIndicators2010_11: IndicatorSet = {
  id: "lanarkshire/indicators-2010-11",
  title: "Lanarkshire CJA: targets in the Quarter 2 progress, July - September 2010",
  authority: communityJusticeAuthorities.lanarkshire,
  indicators: [
    {
      id: "icm-attendance",
      name: "Attendance at ICM case conferences",
      unit: "percent",
      direction: "higher-is-better",
      target: { value: 85, raw: "85%", scope: "national" },
      actionNumber: "1",
      outcomeRefs: refs("National Outcome 9", "sg-national-outcomes-2007"),
      source: "Monthly/SPS",
    },
  ],
};
