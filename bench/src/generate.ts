import {
  type Action,
  communityJusticeAuthorities,
  createProgressEntry,
  type Plan,
  type ProgressReturn,
  parseMoney,
  parseOutcomeRefs,
  parseTimescale,
  parseYesNo,
  type Theme,
} from "@cja-kit/core";

// Plans of any size built from the seed documents' own wording, for benchmarks.

/** Timescale wording from the seeds. */
export const TIMESCALES = [
  "July 2008",
  "September 2008 & 1/4ly thereafter",
  "2008-11",
  "2008-09 and ongoing",
  "Year 1-3",
  "Year 1 – 2008-09",
  "By March 2011",
  "Dec 08 start",
  "1/10/08",
  "Immediate & ongoing",
  "Oct 2009 – Oct 2010",
  "2-3 years",
  "Held on 23 March 2009",
  "Approval Nov 07 Funding bid Dec 07 Project description Feb 08 Project Board April 08",
  "2006-07= 50%\nSet Targets 2008-09",
  "Current",
  "TBA",
  "Phased introduction over three years",
];
/** Outcome references from seed 002. */
export const REFS = [
  "(A1-A5; B1-B5; C2-C4)",
  "(A2,A3; B1-B5; C1,C2)",
  "(C1 -C4)",
  "(A1 & C3)",
  "(A2-A5 ; C2)",
  "(A4, C1, C2)",
  "(A1-5; B1-5; C2-4)",
];
/** Resources wording from seed 002. */
export const MONEY = [
  "£15,000",
  "£25k from EVOC",
  "£50k year 2 allocated from existing resources",
  "CJA - £2,000 Fire Police SPS British Red Cross Network Rail Families Outside Fiscal office",
  "Total 2 year project funding £102,000:  The Robertson Trust: £30,000 SPS £30,000 Scottish Government: £12,000 VOs £30,000",
  "Existing resources",
  "Within Section 27",
];
const PROGRESS = [
  "On target",
  "Part complete",
  "This work stream has not progressed as designed",
  "Not commenced",
  "Complete",
  "Ongoing through development of local and national performance framework",
  "Minutes forwarded to Chief Officer for information.",
];

const p = (text: string) => ({ kind: "paragraph" as const, text });
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

function action(t: number, a: number, i: number): Action {
  const rows = (i % 3) + 1;
  return {
    number: `${t + 2}.${a + 1}`,
    outcomeRefs: parseOutcomeRefs(pick(REFS, i)).value,
    title: [
      p(`Key measure ${i + 1}: increase the accessibility of GP services to all CJA clients & partners`),
    ],
    rows: Array.from({ length: rows }, (_, r) => ({
      detail: [
        p(
          "Increase number of offenders registered with a GP prior to release from Prison or within 2 weeks of order being imposed.",
        ),
        {
          kind: "list" as const,
          marker: "bullet" as const,
          items: ["Audit carried out", "Report published"],
        },
      ],
      timescale: parseTimescale(pick(TIMESCALES, i + r)).value,
      lead: [p("Health & Well Being Chair – Phil Mackie, NHS Lothian")],
      partners: [p("Public Health CJA Social Work SPS")],
      resources: parseMoney(pick(MONEY, i + r)).value,
      flags: { "area-plan-2011-14": parseYesNo(i % 2 === 0 ? "YES" : "NO") },
    })),
  };
}

/** A plan of `size` actions in themes of 50, each action with one to three rows. */
export function generatePlan(size: number): Plan {
  const themes: Theme[] = [];
  for (let i = 0; i < size; i++) {
    const t = Math.floor(i / 50);
    themes[t] ??= {
      number: `${t + 2}`,
      title: `Theme ${t + 2} (A1-A5; B1-B5)`,
      outcomeRefs: parseOutcomeRefs("(A1-A5; B1-B5)").value,
      actions: [],
    };
    themes[t]?.actions?.push(action(t, i % 50, i));
  }
  return {
    id: `generated-${size}`,
    kind: "action-plan",
    title: `Generated plan of ${size} actions`,
    authority: communityJusticeAuthorities["lothian-borders"],
    period: { from: "2010-11", to: "2010-11" },
    areaPlanPeriod: { from: "2008-09", to: "2010-11" },
    outcomeFramework: "nab-2008",
    columns: [
      { field: "measure", label: "Key Measure" },
      { field: "detail", label: "Specific Operational Detail" },
      { field: "timescale", label: "Timescale" },
      { field: "progress", label: "Year 2 Progress/ Amendments" },
      { field: "lead", label: "Work Group/ Chair" },
      { field: "resources", label: "Resources" },
      { field: "flag", key: "area-plan-2011-14", label: "2011-14 Area Plan y/n" },
    ],
    themes,
  };
}

/** A return with one entry per action of a generated plan. */
export function generateProgress(plan: Plan): ProgressReturn {
  const numbers = plan.themes.flatMap((t) => (t.actions ?? []).map((a) => a.number));
  return {
    planId: plan.id,
    authority: plan.authority,
    period: { kind: "plan-year", number: 2, year: "2009-10" },
    entries: numbers.map((action, i) =>
      createProgressEntry({ action, row: 0, progress: [p(pick(PROGRESS, i))] }),
    ),
  };
}
