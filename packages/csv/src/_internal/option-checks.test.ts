import { assessPlan, CjaKitError, rollUpByTheme } from "@cja-kit/core";
import {
  lanarkshirePerformanceFrameworkReport,
  lothianBordersActionPlan2010_11,
  lothianBordersProgressYear2,
  socialWorkOrders2016_17,
} from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import {
  readCommitteeReportCsv,
  readCommitteeReportCsvStream,
  readIndicatorCsv,
  readPlanCsv,
  readPlanCsvStream,
  readProgressCsv,
  readProgressCsvStream,
  writeCommitteeReportCsv,
  writeIndicatorCsv,
  writePlanCsv,
  writeProgressCsv,
  writeRollUpCsv,
} from "../index";

// Every option of every csv function, given a value of the wrong type, is refused with
// CjaKitError usage/invalid-argument naming it (it used to be ignored, or to fail inside).

const plan = lothianBordersActionPlan2010_11;
const progress = lothianBordersProgressYear2;
const { themes: _themes, columns: _columns, ...planMeta } = plan;
const { entries: _entries, ...returnMeta } = progress;
const { indicators: _indicators, ...setMeta } = socialWorkOrders2016_17;
const report = lanarkshirePerformanceFrameworkReport;
const planText = writePlanCsv(plan, { progress }).csv;
const progressText = writeProgressCsv(progress).csv;
const reportText = writeCommitteeReportCsv(report).csv;
const indicatorText = writeIndicatorCsv(socialWorkOrders2016_17, { layout: "long" }).csv;
const rollUps = rollUpByTheme(plan.themes, assessPlan(plan, progress, { at: "2010-09-30" }));

async function* chunks(text: string): AsyncGenerator<string> {
  yield text;
}

type Call = (options: Record<string, unknown>) => unknown;
const loose = (fn: unknown) => fn as (...args: unknown[]) => unknown;

const readWrong: ReadonlyArray<readonly [string, unknown]> = [
  ["encoding", "latin-1"],
  ["delimiter", "|"],
  ["restoreFormulas", "x"],
  ["headings", 5],
  ["headings", { Aim: 5 }],
  ["unknownColumns", "ignore"],
  ["mergedCells", true],
  ["maxColumns", -1],
  ["maxColumns", "10"],
  ["maxColumns", 2.5],
  ["maxCellLength", 0],
  ["maxCellLength", Number.NaN],
];
const writeWrong: ReadonlyArray<readonly [string, unknown]> = [
  ["bom", "yes"],
  ["lineEnding", "cr"],
  ["delimiter", "x"],
  ["escapeFormulas", 1],
  ["protectValues", "false"],
];
const planOwn = [
  ["plan", {}],
  ["plan", { ...planMeta, authority: 5 }],
  ["progress", 5],
  ["progress", {}],
  ["framework", 5],
] as const;
const returnsOwn = [
  ["authority", 5],
  ["authority", {}],
  ["period", 5],
  ["period", "2010-11 Q2"],
  ["planId", 5],
] as const;

const cases: ReadonlyArray<
  readonly [string, Call, Record<string, unknown>, ReadonlyArray<readonly [string, unknown]>]
> = [
  [
    "readPlanCsv",
    (o) => loose(readPlanCsv)(planText, o),
    { plan: planMeta, progress: returnMeta },
    [...readWrong, ...planOwn],
  ],
  [
    "readPlanCsvStream",
    (o) => loose(readPlanCsvStream)(chunks(planText), o),
    { plan: planMeta },
    [...readWrong, ...planOwn],
  ],
  [
    "readProgressCsv",
    (o) => loose(readProgressCsv)(progressText, o),
    { authority: progress.authority },
    [...readWrong, ...returnsOwn],
  ],
  [
    "readProgressCsvStream",
    (o) => loose(readProgressCsvStream)(chunks(progressText), o),
    { authority: progress.authority },
    [...readWrong, ...returnsOwn],
  ],
  [
    "readCommitteeReportCsv",
    (o) => loose(readCommitteeReportCsv)(reportText, o),
    { authority: report.authority },
    [...readWrong, ["authority", 5], ["authority", {}]],
  ],
  [
    "readCommitteeReportCsvStream",
    (o) => loose(readCommitteeReportCsvStream)(chunks(reportText), o),
    { authority: report.authority },
    [...readWrong, ["authority", "lanarkshire"]],
  ],
  [
    "readIndicatorCsv",
    (o) => loose(readIndicatorCsv)(indicatorText, o),
    { set: setMeta },
    [
      ...readWrong.filter(([name]) => !["headings", "unknownColumns", "mergedCells"].includes(name)),
      ["set", { ...setMeta, authority: 5 }],
      ["layout", "tall"],
    ],
  ],
  [
    "writePlanCsv",
    (o) => loose(writePlanCsv)(plan, o),
    {},
    [...writeWrong, ["layout", 5], ["layout", "wide"], ["layout", [5]], ["progress", 5], ["progress", {}]],
  ],
  ["writeProgressCsv", (o) => loose(writeProgressCsv)([progress], o), {}, writeWrong],
  ["writeCommitteeReportCsv", (o) => loose(writeCommitteeReportCsv)(report, o), {}, writeWrong],
  [
    "writeIndicatorCsv",
    (o) => loose(writeIndicatorCsv)(socialWorkOrders2016_17, o),
    {},
    [...writeWrong, ["layout", "tall"]],
  ],
  ["writeRollUpCsv", (o) => loose(writeRollUpCsv)(rollUps, o), {}, writeWrong],
];

const table = cases.flatMap(([fn, call, valid, wrong]) =>
  wrong.map(
    ([name, value]) => [fn, name, JSON.stringify(value) ?? String(value), call, valid, value] as const,
  ),
);

describe("options of the wrong type", () => {
  it.each(table)("%s refuses options.%s = %s, naming it", async (fn, name, _shown, call, valid, value) => {
    let thrown: unknown;
    try {
      await call({ ...valid, [name]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CjaKitError);
    const error = thrown as CjaKitError;
    expect(error.code).toBe("usage/invalid-argument");
    expect(error.issues.map((issue) => issue.path)).toEqual([[`options.${name}`]]);
    expect(error.message).toContain(`${fn}: options.${name} must be`);
  });

  it.each(cases.map(([fn, call, valid]) => [fn, call, valid] as const))(
    "%s takes every option left out or undefined, as its default",
    async (_fn, call, valid) => {
      const undefinedAll = Object.fromEntries(
        [...readWrong, ...writeWrong, ["layout"], ["framework"], ["period"], ["planId"]].map(([name]) => [
          name,
          undefined,
        ]),
      );
      await expect(Promise.resolve().then(() => call({ ...undefinedAll, ...valid }))).resolves.toBeDefined();
    },
  );
});
