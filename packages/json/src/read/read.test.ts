import { formatIssue, planActions } from "@cja-kit/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { seedOf } from "../../test/seed-cases";
import type { CjaDocument } from "../document/cja-document";
import { write } from "../write/write";
import { read } from "./read";

const plan = seedOf("plan");
const planText = write(plan);
const indicators = seedOf("indicator-set");

/** The written file as a plain object, to break on purpose. */
const fileOf = (text: string): Record<string, unknown> & { data: Record<string, unknown> } =>
  JSON.parse(text);
const text = (file: unknown) => `${JSON.stringify(file, null, 2)}\n`;
const summary = (issues: { code: string; severity: string; path: unknown[] }[]) =>
  issues.map(({ code, severity, path }) => ({ code, severity, path }));

describe("read", () => {
  it("reads a written document back with its type, and keeps core's warnings", () => {
    const checked = read(planText, { format: "plan" });
    expectTypeOf(checked).toEqualTypeOf<
      | { ok: true; value: CjaDocument<"plan">; issues: import("@cja-kit/core").Issue[] }
      | { ok: false; issues: import("@cja-kit/core").Issue[] }
    >();
    expect(checked.ok && checked.value.format).toBe("plan");
    expect(checked.ok && checked.value.data).toEqual(plan.data);
  });

  it.each([
    ["an array", "[]", "json/not-a-document", []],
    ["no format", '{"version": 1, "data": {}}', "json/missing-format", ["format"]],
    [
      "a format that is not a string",
      '{"format": 3, "version": 1, "data": {}}',
      "json/unknown-format",
      ["format"],
    ],
    [
      "an unknown format",
      '{"format": "cja-kit/plna", "version": 1, "data": {}}',
      "json/unknown-format",
      ["format"],
    ],
    ["no version", '{"format": "cja-kit/plan", "data": {}}', "json/missing-version", ["version"]],
    [
      "a version as a string",
      '{"format": "cja-kit/plan", "version": "1", "data": {}}',
      "json/invalid-version",
      ["version"],
    ],
    [
      "a fractional version",
      '{"format": "cja-kit/plan", "version": 1.5, "data": {}}',
      "json/invalid-version",
      ["version"],
    ],
    [
      "version 0",
      '{"format": "cja-kit/plan", "version": 0, "data": {}}',
      "json/invalid-version",
      ["version"],
    ],
    [
      "a newer version",
      '{"format": "cja-kit/plan", "version": 2, "data": {}}',
      "json/unsupported-version",
      ["version"],
    ],
    ["no data", '{"format": "cja-kit/plan", "version": 1}', "json/missing-data", ["data"]],
  ])("rejects an envelope with %s", (_name, input, code, path) => {
    const checked = read(input);
    expect(checked.ok).toBe(false);
    expect(summary(checked.issues)).toContainEqual({ code, severity: "error", path });
  });

  it("says which format was meant and where", () => {
    const [issue] = read('{\n  "format": "cja-kit/plna",\n  "version": 1,\n  "data": {}\n}').issues;
    expect(issue).toMatchObject({ row: 2 });
    expect(issue?.message).toBe('Unknown format "cja-kit/plna": did you mean "cja-kit/plan"?');
    expect(read(text({ format: "cja-kit/plan", version: 2, data: {} })).issues[0]?.message).toContain(
      "written by a newer @cja-kit/json",
    );
  });

  it("gives formatIssue the path and the line once, in their fields", () => {
    const input = '{\n  "format": "cja-kit/plan",\n  "version": 1,\n  "data": {\n    "authority": 4\n  }\n}';
    const line = read(input)
      .issues.map(formatIssue)
      .find((each) => each.includes("authority"));
    expect(line).toBe(
      "error at data.authority row 5 [schema/invalid_type]: Invalid input: expected object, received number.",
    );
  });

  it("warns of unknown and misnamed envelope keys and of a $schema naming another format", () => {
    const file = {
      ...fileOf(planText),
      $schema: "https://unpkg.com/@cja-kit/json@0/schema/progress-return.schema.json",
      notes: "x",
    };
    const checked = read(text(file));
    expect(checked.ok).toBe(true);
    expect(summary(checked.issues).slice(0, 2)).toEqual([
      { code: "json/schema-mismatch", severity: "warning", path: ["$schema"] },
      { code: "json/unknown-key", severity: "warning", path: ["notes"] },
    ]);
    const { data, ...envelope } = fileOf(planText);
    const misnamed = read(text({ ...envelope, dta: data })).issues;
    expect(summary(misnamed)).toEqual([
      { code: "json/missing-data", severity: "error", path: ["data"] },
      { code: "json/unknown-key", severity: "warning", path: ["dta"] },
    ]);
    expect(misnamed[1]?.message).toContain('did you mean "data"?');
  });

  it("expects a particular format when asked", () => {
    const checked = read(planText, { format: "progress-return" });
    expect(checked.ok).toBe(false);
    expect(checked.issues[0]?.code).toBe("json/unexpected-format");
    expect(checked.issues[0]?.message).toContain(
      "Expected a cja-kit/progress-return document but the file is cja-kit/plan",
    );
  });

  it.each([
    ["null options", null, [["usage/invalid-argument", "options"]]],
    ["options that are a string", "plan", [["usage/invalid-argument", "options"]]],
    ["a format that is not one", { format: "minutes" }, [["usage/invalid-argument", "options.format"]]],
    [
      "a migration without its function",
      { migrations: [{ format: "plan", from: 0, to: 1 }] },
      [["usage/invalid-argument", "options.migrations.0"]],
    ],
    [
      "validator options that are not an object",
      { validation: { plan: "strict" } },
      [["usage/invalid-argument", "options.validation.plan"]],
    ],
  ])("answers %s with a usage/invalid-argument error and reads nothing", (_, options, expected) => {
    const checked = read(planText, options as never);
    expect(checked.ok).toBe(false);
    expect(checked.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual(expected);
  });

  it("reports schema errors with a path from the root and the line, which the message does not repeat", () => {
    const file = fileOf(write(indicators));
    const list = file.data.indicators as Array<Record<string, unknown>>;
    const { name: _, ...nameless } = list[0] ?? {};
    list[0] = { ...nameless, unit: "percentage", target: { value: "85%" } };
    const input = text(file);
    const checked = read(input);
    expect(checked.ok).toBe(false);
    expect(summary(checked.issues)).toEqual([
      { code: "schema/invalid_type", severity: "error", path: ["data", "indicators", 0, "name"] },
      { code: "schema/invalid_value", severity: "error", path: ["data", "indicators", 0, "unit"] },
      { code: "schema/invalid_type", severity: "error", path: ["data", "indicators", 0, "target", "value"] },
    ]);
    const lines = input.split("\n");
    const [missing, unit, target] = checked.issues;
    expect(missing?.message).toBe('Missing required key "name": expected string. Add it.');
    expect(unit?.message).toMatch(/^Invalid option: expected one of/);
    expect(lines[(unit?.row ?? 0) - 1]).toContain('"unit": "percentage"');
    expect(lines[(target?.row ?? 0) - 1]).toContain('"value": "85%"');
  });

  it("runs core's validator and places its issues under data", () => {
    const [first, second] = planActions(plan.data);
    const file = fileOf(planText);
    const numberOf = (path: readonly (string | number)[]) =>
      path.reduce<Record<string | number, unknown>>(
        (node, key) => node[key] as Record<string | number, unknown>,
        file.data,
      );
    numberOf(second?.path ?? []).number = first?.action.number;
    const input = text(file);
    const checked = read(input);
    const duplicate = checked.issues.find((issue) => issue.code === "plan/duplicate-action-number");
    expect(checked.ok).toBe(false);
    expect(duplicate?.path).toEqual(["data", ...(second?.path ?? []), "number"]);
    expect(duplicate?.actionNumber).toBe(first?.action.number);
    expect(input.split("\n")[(duplicate?.row ?? 0) - 1]).toContain(
      `"number": ${JSON.stringify(first?.action.number)}`,
    );
    expect(duplicate?.message).toMatch(/^Action number \S+ is already used/);
  });

  it("passes validator options by format", () => {
    const progress = seedOf("progress-return");
    const other = { ...plan.data, id: "someone-else/plan", themes: [] };
    const checked = read(write(progress), { validation: { progressReturn: { plan: other } } });
    const codes = new Set(checked.issues.map((issue) => issue.code));
    expect(codes.has("progress/unknown-action")).toBe(true);
    expect(read(write(progress)).issues.some((issue) => issue.code === "progress/unknown-action")).toBe(
      false,
    );
  });

  it("warns of unknown keys in the data, suggesting the key meant", () => {
    const file = fileOf(planText);
    file.data.titel = "ACTION PLAN 2010-11";
    const checked = read(text(file));
    expect(checked.ok).toBe(true);
    const issue = checked.issues.find((each) => each.code === "json/unknown-key");
    expect(issue).toMatchObject({ severity: "warning", path: ["data", "titel"] });
    expect(issue?.message).toContain('Unknown key "titel" was ignored: did you mean "title"?');
    expect(checked.ok && "titel" in checked.value.data).toBe(false);
  });

  it("ignores a byte order mark and lists at most maxIssues issues", () => {
    expect(read(`\uFEFF${planText}`).ok).toBe(true);
    const file = fileOf(planText);
    for (let i = 0; i < 30; i++) file.data[`extra${i}`] = i;
    const checked = read(text(file), { maxIssues: 10 });
    expect(checked.ok).toBe(true);
    expect(checked.issues).toHaveLength(11);
    expect(checked.issues[10]).toMatchObject({ code: "json/too-many-issues", severity: "warning" });
    expect(checked.issues[10]?.message).toBe(
      "More issues were found than the 10 listed (maxIssues); fix these and read again to see the rest.",
    );
  });

  it("reports JSON syntax errors with line and column", () => {
    const broken = planText.replace('"version": 1,', '"version": 1,,');
    const checked = read(broken);
    expect(checked).toEqual({
      ok: false,
      issues: [
        {
          code: "json/syntax-error",
          severity: "error",
          path: ["version"],
          row: 4,
          message: 'Column 16: Unexpected ",": expected a key in double quotes.',
        },
      ],
    });
  });
});
