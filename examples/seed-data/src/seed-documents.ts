import type { CommitteeReport, IndicatorSet, Plan, ProgressReturn } from "@cja-kit/core";
import { lanarkshireActionPlan2010_11 } from "./lanarkshire/action-plan-2010-11";
import { lanarkshireChiefOfficersUpdate } from "./lanarkshire/chief-officers-update-2007";
import { lanarkshirePerformanceFrameworkReport } from "./lanarkshire/committee-report-2008-02-28";
import { lanarkshireImplementationPlan2008_09 } from "./lanarkshire/implementation-plan-2008-09";
import { lanarkshireIndicators2010_11 } from "./lanarkshire/indicators-2010-11";
import { lanarkshireProgress2008_09Q2 } from "./lanarkshire/progress-2008-09-q2";
import { lanarkshireProgress2010_11Q2 } from "./lanarkshire/progress-2010-11-q2";
import { lothianBordersActionPlan2010_11 } from "./lothian-borders/action-plan-2010-11";
import { lothianBordersIndicators2009_10 } from "./lothian-borders/indicators-2009-10";
import { lothianBordersProgressYear2 } from "./lothian-borders/progress-2009-10";

/** One of the five seed documents as data, with the name of its source file. */
export type SeedDocument =
  | {
      seed: string;
      slug: string;
      kind: "plan";
      plan: Plan;
      progress: ProgressReturn;
      indicators?: IndicatorSet;
    }
  | { seed: string; slug: string; kind: "committee-report"; report: CommitteeReport };

/** The five seed documents, in seed order. */
export const seedDocuments: readonly SeedDocument[] = [
  {
    seed: "000_5a23961a38ef73b9.txt",
    slug: "lanarkshire-committee-report-2008-02-28",
    kind: "committee-report",
    report: lanarkshirePerformanceFrameworkReport,
  },
  {
    seed: "001_513fe81e1a3fd907.txt",
    slug: "lanarkshire-progress-2010-11-q2",
    kind: "plan",
    plan: lanarkshireActionPlan2010_11,
    progress: lanarkshireProgress2010_11Q2,
    indicators: lanarkshireIndicators2010_11,
  },
  {
    seed: "002_439604e0e71c0a89.txt",
    slug: "lothian-borders-action-plan-2010-11",
    kind: "plan",
    plan: lothianBordersActionPlan2010_11,
    progress: lothianBordersProgressYear2,
    indicators: lothianBordersIndicators2009_10,
  },
  {
    seed: "003_2b230350a442828f.txt",
    slug: "lanarkshire-implementation-plan-2008-09-q2",
    kind: "plan",
    plan: lanarkshireImplementationPlan2008_09,
    progress: lanarkshireProgress2008_09Q2,
  },
  {
    seed: "004_e6cae593013a33f0.txt",
    slug: "lanarkshire-chief-officers-update-2007",
    kind: "committee-report",
    report: lanarkshireChiefOfficersUpdate,
  },
];
