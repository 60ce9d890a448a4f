import { communityJusticeAuthorities, type ProgressReturn } from "@cja-kit/core";
import { c, entry } from "../build";

// The Progress column of Lanarkshire CJA's Quarter 2 progress, July - September 2010 (seed 001),
// verbatim, one entry per row of the action plan 2010-11.

/** Lanarkshire CJA's Quarter 2 progress, July - September 2010 (seed 001). */
export const lanarkshireProgress2010_11Q2: ProgressReturn = {
  id: "lanarkshire/progress-2010-11-q2",
  planId: "lanarkshire/action-plan-2010-11",
  title: "QUARTER 2 PROGRESS July - September 2010",
  authority: communityJusticeAuthorities.lanarkshire,
  period: { kind: "quarter", year: "2010-11", quarter: 2 },
  entries: [
    entry({ action: "1", row: 0, progress: c("Minutes forwarded to Chief Officer for information.") }),
    entry({ action: "1", row: 1, progress: c("National target continues to be exceeded") }),
    entry({ action: "2", row: 0, progress: c("On target") }),
    entry({ action: "2", row: 1, progress: c("On target") }),
    entry({ action: "2", row: 2, progress: c("Part complete") }),
    entry({ action: "3", row: 0, progress: c("On track") }),
    entry({ action: "4", row: 0, progress: c("Ongoing") }),
    entry({
      action: "4",
      row: 1,
      progress: c("Key meetings continue to be attended by LCJA in North and South Lanarkshire."),
    }),
    entry({ action: "4", row: 2, progress: c("Ontrack") }),
  ],
};
