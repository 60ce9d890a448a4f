import { communityJusticeAuthorities } from "../src/authority/community-justice-authorities";
import type { Content } from "../src/content/content";
import { parseMoney } from "../src/money/parse-money";
import { parseOutcomeRefs } from "../src/outcome-ref/parse-outcome-refs";
import type { Plan } from "../src/plan/plan";
import { parseYesNo } from "../src/plan/yes-no";
import { createProgressEntry } from "../src/progress/create-progress-entry";
import type { ProgressReturn } from "../src/progress/progress-return";
import { parseTimescale } from "../src/timescale/parse-timescale";

// An extract of seed 002 (Lothian & Borders CJA Action Plan 2010-11), wording verbatim, for the
// plan-level unit tests of core. The whole document lives in examples/seed-data.

const c = (...texts: string[]): Content => texts.map((text) => ({ kind: "paragraph", text }));

export const extractPlan: Plan = {
  id: "lothian-borders/action-plan-2010-11",
  kind: "action-plan",
  title: "ACTION PLAN 2010-11",
  authority: communityJusticeAuthorities["lothian-borders"],
  period: { from: "2010-11", to: "2010-11" },
  areaPlanPeriod: { from: "2008-09", to: "2010-11" },
  outcomeFramework: "nab-2008",
  columns: [
    { field: "measure", label: "Key Measure" },
    { field: "detail", label: "Specific Operational Detail" },
    { field: "timescale", label: "Timescale" },
    { field: "lead", label: "Work Group/ Chair" },
    { field: "resources", label: "Re-sources" },
    { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" },
  ],
  themes: [
    {
      title: "STRATEGIC, SERVICE AND OFFENDER OUTCOME GROUPS",
      themes: [
        {
          number: "2.3",
          title: "Accommodation (B1-B5)",
          outcomeRefs: parseOutcomeRefs("(B1-B5)").value,
          actions: [
            {
              number: "2.3.2",
              title: c(
                "Expand availability of mainstream housing with support for offenders across the CJA.",
              ),
              rows: [
                {
                  detail: c(
                    "Provide Homelessness Assessment for every prisoner especially those who are short term.",
                  ),
                  timescale: parseTimescale("Develop over a 3 year period").value,
                  lead: c("Chief Officer/ Social Work LA Housing Voluntary Accommodation Providers SPS"),
                  resources: parseMoney("Existing resources").value,
                },
              ],
            },
          ],
        },
        {
          number: "2.4",
          title: "Offending Behaviour (A1-A5; B1-B5)",
          outcomeRefs: parseOutcomeRefs("(A1-A5; B1-B5)").value,
          actions: [
            {
              number: "2.4.2.",
              outcomeRefs: parseOutcomeRefs("(A1 & C3)").value,
              title: c("Effectively manage sexual and violent offenders through the MAPPA process"),
              rows: [
                {
                  detail: c("All identified sexual offenders managed through the MAPPA process."),
                  timescale: parseTimescale("2008-09 and ongoing").value,
                  lead: c("L&B Police"),
                  resources: parseMoney("Existing resources").value,
                },
                {
                  detail: c(
                    "Establish local guidance with clear roles, responsibilities and protocol for all agencies involved.",
                  ),
                  timescale: parseTimescale("July 08").value,
                },
                {
                  detail: c("Develop and introduce training and support package for all agencies"),
                  timescale: parseTimescale("Dec 08 start").value,
                },
              ],
            },
          ],
        },
      ],
    },
    {
      title: "WORKING IN PARTNERSHIP",
      actions: [
        {
          number: "3.1.3",
          outcomeRefs: parseOutcomeRefs("(A5; B1-B5; C1-C3)").value,
          title: c(
            "Development of information sharing processes for improvement in sharing responsibility and better case management",
          ),
          rows: [
            {
              detail: c(
                "Review of data sharing requirements and ultimately lead to a proposal for a new system of data collation",
              ),
              timescale: parseTimescale("2008-11").value,
            },
          ],
        },
        {
          number: "3.1.4",
          outcomeRefs: parseOutcomeRefs("(C1-C3)").value,
          title: c("Development of network of specialist resources"),
          rows: [
            {
              detail: c(
                "Research and review all existing voluntary/independent sector providers and gaps in provision",
              ),
              timescale: parseTimescale("2008-11").value,
              resources: parseMoney(
                "Total 2 year project funding £102,000:  The Robertson Trust: £30,000 SPS £30,000 Scottish Government: £12,000 VOs £30,000",
              ).value,
            },
          ],
        },
      ],
    },
    {
      title: "PERFORMANCE FRAMEWORK",
      actions: [
        {
          number: "6.2",
          outcomeRefs: parseOutcomeRefs("(C1 -C4)").value,
          title: c(
            "Increase CJA capacity to undertake performance management and quality assurance function",
          ),
          rows: [
            {
              timescale: parseTimescale("Year 1-3").value,
              lead: c("Chief Officer"),
              resources: parseMoney("Existing resources").value,
              flags: { "area-plan-2011-14": parseYesNo("YES") },
            },
          ],
        },
      ],
    },
  ],
};

export const extractProgress: ProgressReturn = {
  id: "lothian-borders/progress-2009-10",
  planId: "lothian-borders/action-plan-2010-11",
  title: "Year 2 Progress/ Amendments",
  authority: communityJusticeAuthorities["lothian-borders"],
  period: { kind: "plan-year", number: 2, year: "2009-10" },
  entries: [
    createProgressEntry({
      action: "2.3.2",
      row: 0,
      progress: c("This work stream has not progressed as designed"),
    }),
    createProgressEntry({
      action: "2.4.2.",
      row: 0,
      progress: c("Received Annual Report 2008-09, awaiting the 2009-10 MAPPA Annual Report"),
    }),
    createProgressEntry({
      action: "2.4.2.",
      row: 1,
      progress: c(
        "Work completed and awaiting publication – further work being undertaken to reference work with MAPPA Guidance 5",
      ),
    }),
    createProgressEntry({ action: "3.1.3", row: 0, progress: c("Not commenced") }),
    createProgressEntry({
      action: "6.2",
      row: 0,
      progress: c(
        "Agreement reached with LA's to work together to develop performance framework mechanism reflecting national strategy and national standards.",
      ),
    }),
  ],
};
