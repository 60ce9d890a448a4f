import type { Plan, ProgressReturn } from "@cja-kit/core";
import { seedDocuments } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { readPlanCsv } from "./read-plan-csv";
import { writePlanCsv } from "./write-plan-csv";

const plans = seedDocuments.flatMap((doc) => (doc.kind === "plan" ? [doc] : []));
const metaOf = (plan: Plan) => {
  const { themes: _themes, columns: _columns, ...meta } = plan;
  return meta;
};
const returnMeta = (progress: ProgressReturn) => {
  const { entries: _entries, ...meta } = progress;
  return meta;
};
// A return's entry for a one-row action may name no row; read back it names row 0.
const placed = (progress: ProgressReturn) =>
  progress.entries.map((entry) => ({ ...entry, row: entry.row ?? 0 }));

describe.each(plans.map((doc) => [doc.slug, doc] as const))("writePlanCsv: %s", (slug, doc) => {
  it("writes the canonical layout as the golden file", async () => {
    const { csv, issues } = writePlanCsv(doc.plan, { progress: doc.progress });
    expect(issues).toEqual([]);
    await expect(csv).toMatchFileSnapshot(`../test/golden/${slug}.canonical.csv`);
  });

  it("writes the document layout, with the document's own labels, as the golden file", async () => {
    const { csv } = writePlanCsv(doc.plan, { progress: doc.progress, layout: "document" });
    expect(csv.slice(1, csv.indexOf("\r\n"))).toBe(
      doc.plan.columns
        .map((column) => (/[",]/.test(column.label) ? `"${column.label}"` : column.label))
        .join(","),
    );
    await expect(csv).toMatchFileSnapshot(`../test/golden/${slug}.document.csv`);
  });

  it("reads the canonical layout back to the same plan and progress", () => {
    const { csv } = writePlanCsv(doc.plan, { progress: doc.progress });
    const read = readPlanCsv(csv, { plan: metaOf(doc.plan), progress: returnMeta(doc.progress) });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.plan.themes).toEqual(doc.plan.themes);
    expect(read.value.progress?.entries).toEqual(placed(doc.progress));
  });

  it("reads the document layout back to the same actions and progress", () => {
    const { csv } = writePlanCsv(doc.plan, { progress: doc.progress, layout: "document" });
    const read = readPlanCsv(csv, {
      plan: { ...metaOf(doc.plan), columns: doc.plan.columns },
      progress: returnMeta(doc.progress),
    });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const actions = (plan: Plan) =>
      JSON.stringify(plan.themes, (key, value) =>
        key === "columns" || key === "localOutcomes" ? undefined : value,
      ).match(/"number":"[^"]*"/g);
    expect(actions(read.value.plan)).toEqual(actions(doc.plan));
    expect(read.value.progress?.entries).toEqual(placed(doc.progress));
  });
});

describe("writePlanCsv output", () => {
  const lothian = plans.find((doc) => doc.slug === "lothian-borders-action-plan-2010-11");
  if (lothian === undefined) throw new Error("seed missing");
  const { csv } = writePlanCsv(lothian.plan, { progress: lothian.progress });

  it("is Excel-ready: BOM, CRLF between rows, cells with line breaks quoted", () => {
    expect(csv.startsWith("\uFEFFTheme 1 number,")).toBe(true);
    expect(csv.split("\r\n").length).toBeGreaterThan(50);
    expect(csv).toContain(
      '"__Year 1__ Complete data review\n__Year 2__ Establish processes with NHS\nSet target numbers by end of year 2"',
    );
  });

  it("writes lists inside cells in the documented form", () => {
    expect(csv).toContain(
      "Establish a process where advice is available at all stages from\n◦ 1. Arrest Referral\n◦ 2. Social Worker in Court (with support from 4square)",
    );
  });

  it("can leave the BOM out and write LF, semicolons or tabs", () => {
    const plain = writePlanCsv(lothian.plan, { bom: false, lineEnding: "lf", delimiter: ";" }).csv;
    expect(plain.startsWith("Theme 1 number;Theme 1 title;")).toBe(true);
    expect(plain).not.toContain("\r\n");
  });

  it("warns about progress it has no row for instead of dropping it silently", () => {
    const progress = {
      ...lothian.progress,
      entries: [...lothian.progress.entries, { ...lothian.progress.entries[0], action: "9.9" }],
    } as ProgressReturn;
    expect(writePlanCsv(lothian.plan, { progress }).issues).toMatchObject([
      { code: "csv/progress-not-written", actionNumber: "9.9" },
    ]);
  });
});
