import type { Issue } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { gatherIssues } from "../../../../test/issue-messages/gather-issues";
import { cliWording } from "./cli-wording";

// How a library message names its API: an option's name or path, a JS object of headings, a
// function to call. A command-line user can do none of these.
const API =
  /\b(?:options\.\w+|max[A-Z]\w*|mergedCells|protectValues|write\w+Csv|read\w+(?:Csv|Xlsx))\b|\{ "|\bthe \w+ option\b|\b[Pp]ass \w+:/;

const issue = (code: string, message: string): Issue => ({ code, severity: "warning", message, path: [] });

describe("cliWording", () => {
  it("leaves no option of the library in any message of the corpus a command can meet", async () => {
    // usage/*: a program passed the library a wrong option; the command passes none of its own.
    const issues = (await gatherIssues()).filter((each) => !each.code.startsWith("usage/"));
    expect(issues.filter((each) => API.test(each.message)).length).toBeGreaterThan(10);
    const left = issues.map(cliWording).filter((message) => API.test(message));
    expect([...new Set(left)]).toEqual([]);
  });

  it("gives the --heading flags for the headings the library writes as an object", () => {
    expect(
      cliWording(
        issue(
          "table/no-known-headings",
          'None of the headings of row 1 ("Area for improvement", "Proposed Action") names a column of a plan table. Pass the headings option to say what each holds, e.g. { "Area for improvement": "title", "Due": "timescale" }, or rename them (see the headings the reader knows in docs/csv.md).',
        ),
      ),
    ).toBe(
      'None of the headings of row 1 ("Area for improvement", "Proposed Action") names a column of a plan table. Give --heading to say what each holds, e.g. --heading "Area for improvement=title" --heading "Due=timescale", or rename them (see the headings the reader knows in docs/csv.md).',
    );
    expect(
      cliWording(
        issue(
          "table/prose-in-number-column",
          '"Action" holds wording, not a number, from row 2: such cells are read as the action\'s wording and the actions numbered by position. Map the column with the headings option (e.g. { "Action": "title" }) if it never holds numbers.',
        ),
      ),
    ).toContain('Map the column with --heading (e.g. --heading "Action=title") if it never holds numbers.');
  });

  it("gives --merged-cells, --return-period and --sheet for the options that do the same", () => {
    expect(
      cliWording(
        issue(
          "table/merged-cells-filled",
          'Rows 3-4 had no "Timescale", "Lead"; read as cells merged with row 2 (a merged cell saved as CSV keeps its value in its first row only) and given its values. Pass mergedCells: "keep-empty" if they were meant to be empty.',
        ),
      ),
    ).toMatch(/and given its values\. Give --merged-cells keep-empty if they were meant to be empty\.$/);
    expect(
      cliWording(
        issue(
          "table/missing-column",
          "The table has no Period column and no period was given; add a Period column (e.g. 2010-11 Q2) or pass options.period.",
        ),
      ),
    ).toBe(
      'The table has no Period column and no period was given; add a Period column (e.g. 2010-11 Q2) or give --return-period (e.g. "2010-11 Q2").',
    );
    // xlsx's own wording (packages/xlsx/src/_internal/sheet-scan.ts, pick-sheet.ts).
    expect(
      cliWording(
        issue(
          "xlsx/sheet-not-read",
          'Sheet "Ratings" holds cells that were not read: only "Plan" was. Pass sheet: "Ratings" to read it.',
        ),
      ),
    ).toBe(
      'Sheet "Ratings" holds cells that were not read: only "Plan" was. Give --sheet "Ratings" to read it.',
    );
    expect(
      cliWording(
        issue(
          "xlsx/no-visible-sheet",
          "The workbook has no visible worksheet to read (its sheets: Hidden); name the sheet to read with the sheet option.",
        ),
      ),
    ).toBe(
      "The workbook has no visible worksheet to read (its sheets: Hidden); name the sheet to read with --sheet.",
    );
  });

  it("keeps a limit's figure and drops the name of an option the command does not offer", () => {
    expect(
      cliWording(
        issue(
          "xlsx/too-large",
          "The file has 9000 bytes; at most 4096 are read (maxBytes). Raise maxBytes if the workbook is genuine.",
        ),
      ),
    ).toBe("The file has 9000 bytes; at most 4096 are read.");
    expect(
      cliWording(
        issue(
          "json/unsupported-version",
          "The file is version 3 of cja-kit/plan; this reader reads version 1. It was written by a newer @cja-kit/json: upgrade @cja-kit/json, or pass a migration from version 3 in the migrations option.",
        ),
      ),
    ).toBe(
      "The file is version 3 of cja-kit/plan; this reader reads version 1. It was written by a newer @cja-kit/json: upgrade @cja-kit/cli to read it.",
    );
  });

  it("leaves a message that names no option as it is, quoted wording and all", () => {
    const message =
      'No amount or funding basis could be read in "the headings option { "a": "b" }"; it is kept as written.';
    expect(cliWording(issue("money/unparsed", message))).toBe(message);
  });
});
