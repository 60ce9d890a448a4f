import { CjaKitError } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { seedOf } from "../../test/seed-cases";
import type { CjaDocument } from "../document/cja-document";
import { write } from "./write";

const report = seedOf("committee-report");

function thrown(call: () => unknown): CjaKitError {
  try {
    call();
  } catch (error) {
    if (error instanceof CjaKitError) return error;
    throw error;
  }
  throw new Error("expected a CjaKitError");
}

/** The same value with every object's keys in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, item]) => [key, reversed(item)]),
  );
}

describe("write", () => {
  it("writes the envelope first, two-space indents, LF line ends and a final newline", () => {
    const text = write(report);
    expect(text.split("\n").slice(0, 5)).toEqual([
      "{",
      '  "$schema": "https://unpkg.com/@cja-kit/json@0/schema/committee-report.schema.json",',
      '  "format": "cja-kit/committee-report",',
      '  "version": 1,',
      '  "data": {',
    ]);
    expect(text.endsWith("}\n")).toBe(true);
    expect(text).not.toContain("\r");
    expect(text).not.toContain("\t");
  });

  it("gives the same bytes for the same document, whatever order its keys were built in", () => {
    const shuffled = { format: report.format, data: reversed(report.data) } as CjaDocument;
    expect(write(shuffled)).toBe(write(report));
    expect(write(report)).toBe(write(structuredClone(report)));
  });

  it("leaves the document as it was", () => {
    const copy = structuredClone(report);
    write(report);
    expect(report).toEqual(copy);
  });

  it("does not write keys outside the schema", () => {
    const withExtra = { format: report.format, data: { ...report.data, notes: "kept out" } };
    expect(write(withExtra)).toBe(write(report));
  });

  it("refuses data the schema refuses with CjaKitError, naming where, since it could not be read back", () => {
    const broken = {
      format: "plan",
      data: { ...seedOf("plan").data, period: { from: "2010-12", to: "2010-11" } },
    } as const;
    const error = thrown(() => write(broken));
    expect(error.code).toBe("usage/invalid-argument");
    expect(error.message).toContain("$.data.period.from: A financial year runs over two consecutive years");
    expect(error.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["schema/custom", "data.period.from"],
      ["schema/custom", "data.period.to"],
    ]);
    const unknown = { format: "minutes", data: {} } as unknown as CjaDocument;
    expect(thrown(() => write(unknown)).message).toContain(
      'Cannot write format "minutes": not a cja-kit format',
    );
  });

  it("refuses a title given as a number, not writing a file that would not read back", () => {
    const plan = seedOf("plan").data;
    const error = thrown(() =>
      write({ format: "plan", data: { ...plan, title: 2010 as unknown as string } }),
    );
    expect(error.issues).toEqual([
      expect.objectContaining({ code: "schema/invalid_type", path: ["data", "title"], severity: "error" }),
    ]);
  });

  it("refuses a theme that contains itself with one issue, not a stack overflow", () => {
    const plan = structuredClone(seedOf("plan").data);
    const theme = plan.themes[0] as (typeof plan.themes)[number];
    theme.themes = [theme];
    const error = thrown(() => write({ format: "plan", data: plan }));
    expect(error.issues).toEqual([
      expect.objectContaining({ code: "usage/invalid-argument", path: ["data", "themes", 0, "themes", 0] }),
    ]);
    expect(error.message).toContain("cyclic");
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a string", "plan"],
    ["an array", []],
  ])("refuses %s in place of a document with CjaKitError", (_, value) => {
    expect(thrown(() => write(value as unknown as CjaDocument)).code).toBe("usage/invalid-argument");
  });
});
