import { describe, expect, it } from "vitest";
import { handWorkbook, worksheet } from "../../test/support/zip-bytes";
import { sheetRecords } from "../read/sheet-records";
import { ISSUES_PER_CODE } from "./issue-cap";

describe("the cap on issues of one code", () => {
  it("names the first cells of a kind one by one, then sums up the rest in one issue with their rows", () => {
    const rows = Array.from(
      { length: ISSUES_PER_CODE + 50 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><f>B${i + 1}*2</f><v>${i}</v></c></row>`,
    ).join("");
    const items = sheetRecords(handWorkbook({ sheets: [{ name: "S", xml: worksheet(rows) }] }));
    const formulas = items.flatMap((item) =>
      "issue" in item && item.issue.code === "xlsx/formula" ? [item.issue] : [],
    );
    expect(formulas).toHaveLength(ISSUES_PER_CODE + 1);
    expect(formulas.at(-1)?.message).toMatch(/^50 more cells of sheet "S", in rows 1001 to 1050/);
    expect(items.filter((item) => !("issue" in item))).toHaveLength(ISSUES_PER_CODE + 50);
  });
});
