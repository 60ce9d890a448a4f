import { CjaKitError } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { seedRollUps as rollUps, seeds, seedTexts } from "../../test/support/seed-texts";
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
// CjaKitError usage/invalid-argument naming it (it used to be ignored, or to fail inside); the
// options that are objects are checked whole, so a wrong part (`plan.kind: 5`) is refused too.
// Core's table options (headings, limits…) are refused by core's own check, as core's importers do.

const { plan, progress, report, planMeta, returnMeta, setMeta } = seeds;
const { plan: planText, progress: progressText, report: reportText, indicators: indicatorText } = seedTexts;

async function* chunks(text: string): AsyncGenerator<string> {
  yield text;
}

type Call = (options: Record<string, unknown>) => unknown;
const loose = (fn: unknown) => fn as (...args: unknown[]) => unknown;

const readWrong: ReadonlyArray<readonly [string, unknown]> = [
  ["encoding", "latin-1"],
  ["delimiter", "|"],
  ["restoreFormulas", "x"],
  ["restoreFormulas", "false"],
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
  ["plan", { ...planMeta, authority: { ...planMeta.authority, name: 5 } }],
  ["plan", { ...planMeta, kind: 5 }],
  ["plan", { ...planMeta, kind: "manifesto" }],
  ["plan", { ...planMeta, period: 5 }],
  ["plan", { ...planMeta, title: 5 }],
  ["plan", { ...planMeta, outcomeFramework: 5 }],
  ["plan", { ...planMeta, columns: 5 }],
  ["plan", { ...planMeta, columns: [5] }],
  ["plan", { ...planMeta, columns: [{ field: "lead", label: 5 }] }],
  ["progress", 5],
  ["progress", {}],
  ["progress", { ...returnMeta, period: 5 }],
  ["progress", { ...returnMeta, planId: 5 }],
  ["progress", { ...returnMeta, authority: { ...returnMeta.authority, councils: "Midlothian" } }],
  ["framework", 5],
] as const;
const returnsOwn = [
  ["authority", 5],
  ["authority", {}],
  ["authority", { ...progress.authority, name: 5 }],
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
    [...readWrong, ["authority", 5], ["authority", {}], ["authority", { ...report.authority, kind: 5 }]],
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
      ["set", { ...setMeta, title: 5 }],
      ["layout", "tall"],
    ],
  ],
  [
    "writePlanCsv",
    (o) => loose(writePlanCsv)(plan, o),
    {},
    [
      ...writeWrong,
      ["layout", 5],
      ["layout", "wide"],
      ["layout", [5]],
      ["layout", [{ field: 5, label: "Lead" }]],
      ["progress", 5],
      ["progress", {}],
      ["progress", { ...progress, entries: [{ action: 5 }] }],
    ],
  ],
  ["writeProgressCsv", (o) => loose(writeProgressCsv)([progress], o), {}, writeWrong],
  ["writeCommitteeReportCsv", (o) => loose(writeCommitteeReportCsv)(report, o), {}, writeWrong],
  [
    "writeIndicatorCsv",
    (o) => loose(writeIndicatorCsv)(seeds.set, o),
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
