import { Plan } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { seedOf } from "../../test/seed-cases";
import { currentSpecs, type FormatSpecs } from "../_internal/format-specs";
import { readDocument } from "../_internal/read-document";
import { write } from "../write/write";
import type { Migration } from "./migration";
import { read } from "./read";

const plan = seedOf("plan");
const titled = { ...plan, data: { ...plan.data, title: "ACTION PLAN 2010-11" } };
const v1 = write(titled);

/** A future version 2 of the plan format, in which a plan's `title` is called `name`. */
const PlanV2 = Plan.omit({ title: true }).extend({ name: z.string().min(1).optional() });
const v2Specs: FormatSpecs = {
  version: 2,
  formats: {
    ...currentSpecs.formats,
    plan: { schema: PlanV2, check: () => [] },
  },
};

const rename = (from: string, to: string) => (data: unknown) => {
  const { [from]: value, ...rest } = data as Record<string, unknown>;
  return value === undefined ? rest : { ...rest, [to]: value };
};
const titleToName: Migration = { format: "plan", from: 1, to: 2, migrate: rename("title", "name") };
const nameToTitle: Migration = { format: "plan", from: 2, to: 1, migrate: rename("name", "title") };

/** The file a version 2 writer would write for the same plan. */
const v2 = (() => {
  const file = JSON.parse(v1);
  return JSON.stringify({ ...file, version: 2, data: rename("title", "name")(file.data) }, null, 2);
})();

describe("migrations", () => {
  it("let a version 2 reader read a version 1 file", () => {
    const checked = readDocument(v1, { migrations: [titleToName] }, v2Specs);
    expect(checked.issues).toEqual([]);
    expect(checked.ok && checked.value.data).toEqual({ ...plan.data, name: "ACTION PLAN 2010-11" });
    expect(checked.ok && "title" in checked.value.data).toBe(false);
  });

  it("are needed: without one, the version 2 reader says which migration is missing", () => {
    const checked = readDocument(v1, {}, v2Specs);
    expect(checked.issues).toEqual([
      expect.objectContaining({ code: "json/unsupported-version", path: ["version"], row: 4 }),
    ]);
    expect(checked.issues[0]?.message).toContain(
      "this reader reads version 2. To read it, pass a migration from version 1 in the migrations option.",
    );
  });

  it("work the other way: this version 1 reader reads a version 2 file given a migration back", () => {
    const checked = read(v2, { migrations: [nameToTitle] });
    expect(checked.ok && checked.value).toEqual(titled);
    expect(read(v2).issues[0]?.message).toContain(
      "written by a newer @cja-kit/json: upgrade @cja-kit/json, or pass a migration from version 2",
    );
  });

  it("apply in sequence, each from the version the last reached, skipping other formats", () => {
    const calls: string[] = [];
    const step = (from: number, to: number, migrate = (data: unknown) => data): Migration => ({
      format: "plan",
      from,
      to,
      migrate: (data) => {
        calls.push(`${from}→${to}`);
        return migrate(data);
      },
    });
    const v4 = v2.replace('"version": 2', '"version": 4');
    const migrations = [
      { ...nameToTitle, format: "progress-return" as const },
      step(2, 1, nameToTitle.migrate),
      step(4, 3),
      step(3, 2),
    ];
    expect(read(v4, { migrations }).ok).toBe(true);
    expect(calls).toEqual(["4→3", "3→2", "2→1"]);
  });

  it("report a loop, a gap and a failure as issues", () => {
    const loop = read(v2, {
      migrations: [
        { ...nameToTitle, to: 3 },
        { ...nameToTitle, from: 3, to: 2 },
      ],
    });
    expect(loop.issues[0]?.code).toBe("json/invalid-migration");
    const gap = read(v2, { migrations: [{ ...nameToTitle, to: 3 }] });
    expect(gap.issues[0]?.code).toBe("json/unsupported-version");
    expect(gap.issues[0]?.message).toContain("(the migrations reach version 3)");
    const failing = read(v2, {
      migrations: [
        {
          ...nameToTitle,
          migrate: () => {
            throw new Error("name is not a string");
          },
        },
      ],
    });
    expect(failing.issues[0]).toMatchObject({ code: "json/migration-failed", path: ["data"] });
    expect(failing.issues[0]?.message).toContain("from version 2 to 1 failed: Error: name is not a string");
  });

  it("hand their result to the schema, so a migration that forgets a key is caught", () => {
    const forgetful = read(v2, { migrations: [{ ...nameToTitle, migrate: (data) => data }] });
    expect(forgetful.ok).toBe(true);
    expect(forgetful.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["json/unknown-key", ["data", "name"]],
    ]);
  });
});
