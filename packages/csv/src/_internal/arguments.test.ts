import { CjaKitError } from "@cja-kit/core";
import { lothianBordersActionPlan2010_11, lothianBordersProgressYear2 } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { readCommitteeReportCsv } from "../read-committee-report-csv";
import { readIndicatorCsv } from "../read-indicator-csv";
import { readPlanCsv } from "../read-plan-csv";
import { readPlanCsvStream } from "../read-plan-csv-stream";
import { writeCommitteeReportCsv } from "../write-committee-report-csv";
import { writePlanCsv } from "../write-plan-csv";
import { writeProgressCsv } from "../write-progress-csv";
import { writeRollUpCsv } from "../write-roll-up-csv";

const { themes: _themes, columns: _columns, ...meta } = lothianBordersActionPlan2010_11;
const { csv } = writePlanCsv(lothianBordersActionPlan2010_11);

/** The CjaKitError a call throws (or rejects with), or fails the test. */
async function errorOf(call: () => unknown): Promise<CjaKitError> {
  try {
    await call();
  } catch (error) {
    expect(error).toBeInstanceOf(CjaKitError);
    return error as CjaKitError;
  }
  throw new Error("the call did not throw");
}

const loose = (fn: unknown) => fn as (...args: unknown[]) => unknown;

describe("wrong-typed arguments", () => {
  it("a reader given something that is not text or bytes names `input`", async () => {
    for (const input of [undefined, null, 7, [65, 66], { length: 3 }, new ArrayBuffer(3)]) {
      const error = await errorOf(() => loose(readPlanCsv)(input, { plan: meta }));
      expect(error.code).toBe("usage/invalid-argument");
      expect(error.issues.map((issue) => issue.path)).toEqual([["input"]]);
    }
  });

  it("a reader given options that are not an object names `options`", async () => {
    for (const options of [undefined, null, "x", [], () => 1]) {
      const error = await errorOf(() => loose(readCommitteeReportCsv)("Field,Text\n", options));
      expect(error.issues[0]?.path).toEqual(["options"]);
      expect(error.message).toContain("readCommitteeReportCsv");
    }
  });

  it("a reader refuses an encoding or delimiter it does not know, rather than guess", async () => {
    const delimiter = await errorOf(() => loose(readPlanCsv)(csv, { plan: meta, delimiter: 5 }));
    expect(delimiter.issues[0]?.path).toEqual(["options.delimiter"]);
    const encoding = await errorOf(() => loose(readPlanCsv)(csv, { plan: meta, encoding: "latin-1" }));
    expect(encoding.issues[0]?.path).toEqual(["options.encoding"]);
  });

  it("readIndicatorCsv needs the set the indicators belong to", async () => {
    const error = await errorOf(() => loose(readIndicatorCsv)("Id,Indicator\n", {}));
    expect(error.issues[0]?.path).toEqual(["options.set"]);
  });

  it("a stream reader rejects a source that is not chunks, and a chunk that is neither text nor bytes", async () => {
    const text = await errorOf(() => loose(readPlanCsvStream)(csv, { plan: meta }));
    expect(text.issues[0]?.path).toEqual(["source"]);
    const chunk = await errorOf(() => loose(readPlanCsvStream)([csv.slice(0, 10), 42], { plan: meta }));
    expect(chunk.code).toBe("usage/invalid-argument");
    expect(chunk.message).toContain("a number");
  });

  it("a writer given a document of the wrong shape names it, checked against core's schema", async () => {
    const report = await errorOf(() => loose(writeCommitteeReportCsv)({ title: "No sections" }));
    expect(report.issues.map((issue) => issue.path)).toEqual([["report"]]);
    const returns = await errorOf(() => loose(writeProgressCsv)([lothianBordersProgressYear2, null]));
    expect(returns.issues.map((issue) => issue.path)).toEqual([["returns"]]);
    const rollUps = await errorOf(() => loose(writeRollUpCsv)([{ key: "1", counts: 3 }]));
    expect(rollUps.issues.map((issue) => issue.path)).toEqual([["rollUps"]]);
    const options = await errorOf(() => loose(writePlanCsv)(lothianBordersActionPlan2010_11, "document"));
    expect(options.issues.map((issue) => issue.path)).toEqual([["options"]]);
  });

  it("a caller's own getter error passes through unchanged", () => {
    const mine = new Error("mine");
    const options = {
      get plan(): never {
        throw mine;
      },
    };
    expect(() => loose(readPlanCsv)(csv, options)).toThrow(mine);
  });

  it("valid calls are answered as before", () => {
    const read = readPlanCsv(new TextEncoder().encode(csv), { plan: meta });
    expect(read.ok && read.value.plan.themes.length).toBe(lothianBordersActionPlan2010_11.themes.length);
    expect(writeProgressCsv(lothianBordersProgressYear2).csv).toBe(
      writeProgressCsv([lothianBordersProgressYear2]).csv,
    );
  });
});
