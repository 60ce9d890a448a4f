import { describe, expect, it } from "vitest";
import { communityJusticeAuthorities } from "../authority/community-justice-authorities";
import { CjaKitError } from "../issue/cja-kit-error";
import { checkTableOptions } from "./check-table-options";
import { planFromRecords } from "./plan-from-records";
import { reportFromRecords } from "./report-from-records";
import { returnsFromRecords } from "./returns-from-records";

const authority = communityJusticeAuthorities.lanarkshire;
const plan = { kind: "action-plan" as const, authority, period: { from: "2010-11", to: "2010-11" } };
const records = [{ row: 1, cells: ["Action", "Lead"] }];
const callers = [
  ["readPlanCsv", (o: object) => checkTableOptions(o, "readPlanCsv")],
  ["planFromRecords", (o: object) => planFromRecords(records, { plan, ...o })],
  ["returnsFromRecords", (o: object) => returnsFromRecords(records, { authority, ...o })],
  ["reportFromRecords", (o: object) => reportFromRecords(records, { authority, ...o })],
] as const;
const wrong: ReadonlyArray<readonly [string, unknown]> = [
  ["headings", 5],
  ["headings", { Aim: 5 }],
  ["headings", ["lead"]],
  ["unknownColumns", "ignore"],
  ["mergedCells", "merge"],
  ["maxColumns", -1],
  ["maxColumns", "10"],
  ["maxColumns", Number.POSITIVE_INFINITY],
  ["maxCellLength", 0.5],
];

function thrownBy(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("checkTableOptions", () => {
  it.each(callers.flatMap(([fn, call]) => wrong.map(([name, value]) => [fn, name, value, call] as const)))(
    "%s refuses options.%s = %j, naming it",
    (fn, name, value, call) => {
      const thrown = thrownBy(() => call({ [name]: value }));
      expect(thrown).toBeInstanceOf(CjaKitError);
      expect((thrown as CjaKitError).code).toBe("usage/invalid-argument");
      expect((thrown as CjaKitError).issues.map((issue) => issue.path)).toEqual([[`options.${name}`]]);
      expect((thrown as CjaKitError).message).toMatch(new RegExp(`^${fn}: options\\.${name} must be`));
    },
  );

  it("says what the option must be and what it was given", () => {
    expect(
      (thrownBy(() => checkTableOptions({ maxColumns: -1 }, "readPlanCsv")) as CjaKitError).message,
    ).toBe("readPlanCsv: options.maxColumns must be a whole number of 1 or more, not a number (-1).");
    expect(
      (thrownBy(() => checkTableOptions({ mergedCells: "merge" }, "readPlanCsv")) as CjaKitError).message,
    ).toBe('readPlanCsv: options.mergedCells must be "fill" or "keep-empty", not the text "merge".');
  });

  it("passes every option of the right type, left out or undefined, and leaves other keys alone", () => {
    const good = {
      headings: { "Lead Partner": "lead" },
      unknownColumns: "error",
      mergedCells: "keep-empty",
      maxColumns: 200,
      maxCellLength: 32_767,
      encoding: 5,
    };
    expect(() => checkTableOptions(good, "readPlanCsv")).not.toThrow();
    expect(() =>
      checkTableOptions({ maxColumns: undefined, headings: undefined }, "readPlanCsv"),
    ).not.toThrow();
    expect(() => checkTableOptions(undefined, "readPlanCsv")).not.toThrow();
  });
});
