import type { Plan } from "@cja-kit/core";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { expectedGrid, recordGrid } from "../../test/support/expected-grid";
import { trickyPlan } from "../../test/support/workbooks";
import { workbookSheets } from "../_internal/workbook-sheets";
import { sheetRecords } from "../read/sheet-records";
import { writeWorkbook } from "./write-workbook";

// Any text a plan holds comes back from the workbook as written: XML's special characters, the
// characters XML cannot hold, lone surrogates, CR, literal `_xHHHH_`, text that looks like a
// number, a date or a formula.

const wording = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "1.10",
    "04",
    "2010-11",
    "Mar-11",
    "3-2",
    "July 2008",
    "=1+2",
    "_x000D_",
    "\r",
    "\u0000",
    "\uFFFE",
  ),
);

function planWith(texts: readonly string[]): Plan {
  const [first, ...rest] = texts;
  return {
    ...trickyPlan,
    themes: [
      {
        title: first ?? "theme",
        actions: rest.map((text, i) => ({
          number: text.trim().length > 0 ? text : `${i + 1}`,
          title: [{ kind: "paragraph", text: `${text}` }],
          rows: [
            { timescale: { raw: text, segments: [] }, lead: [{ kind: "paragraph", text: `Lead ${text}` }] },
          ],
        })),
      },
    ],
  };
}

describe("a workbook's text", () => {
  test.prop([fc.array(wording, { minLength: 1, maxLength: 6 })], { numRuns: 60 })(
    "reads back exactly as it was written",
    (texts) => {
      const contents = { plan: planWith(texts) };
      const [spec] = workbookSheets(contents, {}).sheets;
      const items = sheetRecords(writeWorkbook(contents).bytes);
      expect(items.filter((item) => "issue" in item && item.issue.code !== "xlsx/sheet-not-read")).toEqual(
        [],
      );
      expect(recordGrid(items)).toEqual(spec === undefined ? new Map() : expectedGrid(spec));
    },
  );
});
