import { readFileSync } from "node:fs";
import { Issue } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { listSheets } from "../src/read/list-sheets";
import { sheetRecords } from "../src/read/sheet-records";

// The hostile workbook corpus (written by hostile/make-hostile.ts): every file yields its issues,
// valid and located, and never an exception, a hang or a runaway allocation.

type HostileEntry = { file: string; expect: string[]; options?: Record<string, number> };
const folder = new URL("./fixtures/hostile/", import.meta.url);
const entries: HostileEntry[] = JSON.parse(readFileSync(new URL("manifest.json", folder), "utf8"));
const bytesOf = (entry: HostileEntry) => new Uint8Array(readFileSync(new URL(entry.file, folder)));

// Issues about the whole file, before any part or sheet is known.
const WHOLE_FILE = [
  "xlsx/not-a-zip",
  "xlsx/encrypted-or-xls",
  "xlsx/truncated",
  "xlsx/too-large",
  "xlsx/zip64",
  "xlsx/too-many-entries",
  "xlsx/no-worksheet",
];

describe("the hostile workbook corpus", () => {
  it("has the kinds of attack the issue names: size, entry count, zip-slip names, bad XML", () => {
    const expected = new Set(entries.flatMap((e) => e.expect));
    for (const code of [
      "xlsx/too-large-inflated",
      "xlsx/too-many-entries",
      "xlsx/unsafe-entry-name",
      "xlsx/bad-xml",
      "xlsx/doctype",
      "xlsx/not-a-zip",
      "xlsx/truncated",
    ])
      expect(expected).toContain(code);
    expect(entries.length).toBeGreaterThanOrEqual(30);
  });

  it.each(entries.map((entry) => [entry.file, entry] as const))(
    "%s yields its issues, located, and never throws",
    (_file, entry) => {
      const bytes = bytesOf(entry);
      let issues: Issue[] = [];
      expect(() => {
        issues = sheetRecords(bytes, entry.options).flatMap((item) => ("issue" in item ? [item.issue] : []));
        listSheets(bytes, entry.options);
      }).not.toThrow();
      expect(issues.every((issue) => Issue.safeParse(issue).success)).toBe(true);
      expect(issues.map((issue) => issue.code)).toEqual(expect.arrayContaining(entry.expect));
      for (const issue of issues.filter((i) => entry.expect.includes(i.code))) {
        const located =
          issue.sheet !== undefined ||
          issue.row !== undefined ||
          issue.actual !== undefined ||
          WHOLE_FILE.includes(issue.code);
        expect(located, `${issue.code}: ${issue.message}`).toBe(true);
      }
    },
    20_000,
  );

  it("keeps the rows read before a part turns out broken, and says from which row on nothing was read", () => {
    const items = sheetRecords(bytesOf({ file: "bad-xml-midway.xlsx", expect: [] }));
    expect(items.find((item) => !("issue" in item))).toEqual({ row: 1, cells: ["kept"] });
    const issue = items.flatMap((item) => ("issue" in item ? [item.issue] : []))[0];
    expect([issue?.code, issue?.sheet, issue?.row]).toEqual(["xlsx/bad-xml", "Plan", 2]);
  });

  it("never expands an entity from a DTD", () => {
    for (const file of ["xxe-sheet.xlsx", "billion-laughs.xlsx"]) {
      const items = sheetRecords(bytesOf({ file, expect: [] }));
      expect(JSON.stringify(items)).not.toMatch(/root:|aaaaaaaaaaaaaaaaaaaa/);
    }
  });
});
