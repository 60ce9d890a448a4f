import { describe, expect, it } from "vitest";
import { communityJusticeAuthorities } from "../../authority/community-justice-authorities";
import { CjaKitError } from "../../issue/cja-kit-error";
import { planFromRecords } from "../plan-from-records";
import { reportFromRecords } from "../report-from-records";
import { returnsFromRecords } from "../returns-from-records";
import { tableSettings } from "./table-settings";

const authority = communityJusticeAuthorities.lanarkshire;
const plan = { kind: "action-plan" as const, authority, period: { from: "2010-11", to: "2010-11" } };
const records = [{ row: 1, cells: ["Action", "Lead"] }];
const readers = [
  ["planFromRecords", (o: object) => planFromRecords(records, { plan, ...o })],
  ["returnsFromRecords", (o: object) => returnsFromRecords(records, { authority, ...o })],
  ["reportFromRecords", (o: object) => reportFromRecords(records, { authority, ...o })],
] as const;
const wrong: ReadonlyArray<readonly [string, unknown]> = [
  ["headings", 5],
  ["headings", { Aim: 5 }],
  ["unknownColumns", "ignore"],
  ["mergedCells", "merge"],
  ["maxColumns", -1],
  ["maxColumns", "10"],
  ["maxCellLength", 0.5],
];

describe("tableSettings", () => {
  it.each(readers.flatMap(([fn, read]) => wrong.map(([name, value]) => [fn, name, value, read] as const)))(
    "%s refuses options.%s = %j, naming it",
    (_fn, name, value, read) => {
      let thrown: unknown;
      try {
        read({ [name]: value });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(CjaKitError);
      expect((thrown as CjaKitError).code).toBe("usage/invalid-argument");
      expect((thrown as CjaKitError).issues.map((issue) => issue.path)).toEqual([["options", name]]);
      expect((thrown as CjaKitError).message).toMatch(new RegExp(`^options\\.${name} must be`));
    },
  );

  it("applies the defaults to options left out or undefined", () => {
    expect(tableSettings({ maxColumns: undefined })).toMatchObject({
      unknownColumns: "keep",
      mergedCells: "fill",
      maxColumns: 1000,
      maxCellLength: 1_000_000,
    });
  });
});
