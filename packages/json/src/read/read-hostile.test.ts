import { Issue } from "@cja-kit/core";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { seedOf } from "../../test/seed-cases";
import { write } from "../write/write";
import { read } from "./read";

/** `read` as JavaScript callers see it: any value may come in. */
const readAnything: (text: unknown) => ReturnType<typeof read> = read as (
  text: unknown,
) => ReturnType<typeof read>;

const envelope = (data: string) => `{"format": "cja-kit/plan", "version": 1, "data": ${data}}`;

/** Every issue is core's Issue, and the result is ok exactly when no issue is an error. */
function wellFormed(checked: ReturnType<typeof read>): void {
  for (const issue of checked.issues) expect(Issue.safeParse(issue).success).toBe(true);
  expect(checked.ok).toBe(!checked.issues.some((issue) => issue.severity === "error"));
}

describe("read on hostile input", () => {
  it("does not pollute prototypes, and reports __proto__, constructor and prototype keys", () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const hostile = [
      '{"__proto__": {"polluted": true}, "format": "cja-kit/plan", "version": 1, "data": {',
      '"constructor": {"prototype": {"polluted": true}},',
      '"themes": [{"actions": [{"number": "1", "rows": [{"flags": {"__proto__": {"raw": "y", "polluted": true}}}]}]}],',
      '"\\u005f_proto__": {"isAdmin": true}}}',
    ].join("\n");
    const checked = read(hostile);
    expect(checked.ok).toBe(false);
    expect(
      checked.issues
        .filter((issue) => issue.code === "json/forbidden-key")
        .map((issue) => [issue.path, issue.row]),
    ).toEqual([
      [["__proto__"], 1],
      [["data", "constructor"], 2],
      [["data", "constructor", "prototype"], 2],
      [["data", "themes", 0, "actions", 0, "rows", 0, "flags", "__proto__"], 3],
      [["data", "__proto__"], 4],
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("stops 10,000 levels of nesting at maxDepth, quickly and without a stack overflow", () => {
    const deep = envelope(`${"[".repeat(10_000)}${"]".repeat(10_000)}`);
    const started = performance.now();
    const checked = read(deep);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(checked.issues).toEqual([expect.objectContaining({ code: "json/too-deep", row: 1 })]);
    expect(checked.issues[0]?.message).toContain("deeper than 100 levels (maxDepth)");
    expect(read(deep, { maxDepth: 5 }).issues[0]).toMatchObject({ code: "json/too-deep", row: 1 });
  });

  it("never throws even when the depth limit is lifted", () => {
    const arrays = envelope(`${"[".repeat(10_000)}${"]".repeat(10_000)}`);
    wellFormed(read(arrays, { maxDepth: Number.POSITIVE_INFINITY }));
    const themes = envelope(`{"themes": ${'[{"themes": '.repeat(20_000)}[]${"}]".repeat(20_000)}}`);
    const checked = read(themes, { maxDepth: Number.POSITIVE_INFINITY });
    expect(checked.ok).toBe(false);
    wellFormed(checked);
  });

  it("rejects strings longer than maxStringLength and texts larger than maxBytes", () => {
    const long = envelope(`{"title": "${"x".repeat(200_000)}"}`);
    expect(read(long).issues).toEqual([expect.objectContaining({ code: "json/string-too-long", row: 1 })]);
    expect(read(long, { maxStringLength: Number.POSITIVE_INFINITY }).issues[0]?.code).not.toBe(
      "json/string-too-long",
    );
    expect(read(`{"${"k".repeat(101)}": 1}`, { maxStringLength: 100 }).issues[0]?.code).toBe(
      "json/string-too-long",
    );

    const huge = " ".repeat(17 * 1024 * 1024);
    const started = performance.now();
    expect(read(huge).issues).toEqual([expect.objectContaining({ code: "json/too-large", path: [] })]);
    expect(performance.now() - started).toBeLessThan(1000);
    const accented = envelope(`"${"é".repeat(600)}"`);
    expect(accented.length).toBeLessThan(1000);
    expect(read(accented, { maxBytes: 1000 }).issues[0]?.code).toBe("json/too-large");
    expect(read(write(seedOf("committee-report")), { maxBytes: Number.NaN }).ok).toBe(true);
  });

  it("reports values that are not text", () => {
    for (const value of [undefined, null, 42, {}, new Uint8Array([123, 125])]) {
      const checked = readAnything(value);
      expect(checked.issues).toEqual([expect.objectContaining({ code: "json/not-text", severity: "error" })]);
    }
  });

  it("reports a migration that throws something odd instead of throwing", () => {
    const hostileError = {
      get message(): string {
        throw new Error("no");
      },
    };
    const checked = read(write(seedOf("plan")).replace('"version": 1', '"version": 2'), {
      migrations: [
        {
          format: "plan",
          from: 2,
          to: 1,
          migrate: () => {
            throw hostileError;
          },
        },
      ],
    });
    expect(checked.issues[0]).toMatchObject({ code: "json/migration-failed", path: ["data"] });
    expect(checked.issues[0]?.message).toContain("failed: a thrown object");
  });

  test.prop([fc.string({ unit: "binary" })], { numRuns: 1000 })("never throws on any text", (text) => {
    wellFormed(read(text));
  });

  test.prop([fc.jsonValue()], { numRuns: 1000 })(
    "never throws on any JSON value, as the file or as its data",
    (value) => {
      wellFormed(read(JSON.stringify(value) ?? "null"));
      wellFormed(read(envelope(JSON.stringify(value) ?? "null")));
    },
  );

  const report: unknown = JSON.parse(write(seedOf("committee-report")));
  const paths: (string | number)[][] = [];
  const collect = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value))
        collect(item, [...path, Array.isArray(value) ? Number(key) : key]);
    }
  };
  collect(report, []);

  /** A copy of the value with the value at the path replaced. */
  const replaced = (value: unknown, path: readonly (string | number)[], by: unknown): unknown => {
    const [key, ...rest] = path;
    if (key === undefined || typeof value !== "object" || value === null) return by;
    const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string | number, unknown>;
    copy[key] = replaced(copy[key], rest, by);
    return copy;
  };

  test.prop([fc.nat(), fc.jsonValue()], { numRuns: 1000 })(
    "locates wrong types anywhere in a real document",
    (at, value) => {
      const text = JSON.stringify(replaced(report, paths[at % paths.length] ?? [], value), null, 2);
      const checked = read(text ?? "null");
      wellFormed(checked);
      for (const issue of checked.issues.filter((each) => each.path.length > 0)) {
        expect(issue.message).not.toMatch(/^\$|line \d/);
        expect(issue.row).toBeGreaterThan(0);
      }
    },
  );
});
