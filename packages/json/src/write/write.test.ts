import { describe, expect, it } from "vitest";
import { seedOf } from "../../test/seed-cases";
import type { CjaDocument } from "../document/cja-document";
import { write } from "./write";

const report = seedOf("committee-report");

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

  it("throws a TypeError naming where data does not match the schema, since it could not be read back", () => {
    const broken = {
      format: "plan",
      data: { ...seedOf("plan").data, period: { from: "2010-12", to: "2010-11" } },
    } as const;
    expect(() => write(broken)).toThrow(TypeError);
    expect(() => write(broken)).toThrow(
      "$.data.period.from: A financial year runs over two consecutive years",
    );
    const unknown = { format: "minutes", data: {} } as unknown as CjaDocument;
    expect(() => write(unknown)).toThrow('Cannot write format "minutes": not a cja-kit format.');
  });
});
