import { Issue } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { hostileBytes, hostileEntries, readHostile } from "./hostile/read-hostile";

describe("the hostile corpus", () => {
  it("has at least 40 files, CSV and JSON", () => {
    expect(hostileEntries.length).toBeGreaterThanOrEqual(40);
    expect(
      hostileEntries.some((e) => e.reader === "json") && hostileEntries.some((e) => e.reader !== "json"),
    ).toBe(true);
  });

  // A hang or runaway guard only: timings are kept by `pnpm bench`, never asserted here.
  it.each(hostileEntries.map((entry) => [entry.file, entry] as const))(
    "%s yields its issues, located, and never an untyped error",
    async (_file, entry) => {
      const bytes = hostileBytes(entry);
      const issues: Issue[] = await readHostile(entry, bytes);
      expect(issues.every((issue) => Issue.safeParse(issue).success)).toBe(true);
      expect(issues.map((issue) => issue.code)).toEqual(expect.arrayContaining(entry.expect));
      for (const issue of issues.filter((i) => entry.expect.includes(i.code))) {
        const located =
          issue.row !== undefined ||
          issue.path.length > 0 ||
          [
            "table/no-heading-row",
            "json/too-large",
            "csv/encoding-utf-16",
            "csv/encoding-mixed",
            "csv/encoding-windows-1252",
          ].includes(issue.code);
        expect(located, `${issue.code}: ${issue.message}`).toBe(true);
      }
    },
    60_000,
  );

  it("leaves Object.prototype untouched", async () => {
    for (const entry of hostileEntries.filter(
      (e) => e.file.includes("proto") || e.file.includes("constructor"),
    ))
      await readHostile(entry);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});
