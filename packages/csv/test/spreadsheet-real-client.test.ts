import {
  communityJusticeAuthorities,
  type Issue,
  type Plan,
  type ProgressReturn,
  parseTimescale,
  planActions,
} from "@cja-kit/core";
import { seedDocuments } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { readPlanCsv, readProgressCsv, writePlanCsv, writeProgressCsv } from "../src/index";
import { calcResaved, missingCalc } from "./support/calc";

// Issue 14: LibreOffice Calc opens the library's CSV with its default import settings and saves it
// again; whatever it changed is protected on writing or flagged on reading, the wording kept.

const missing = missingCalc();

// The issue's own values: action numbers 1.10 and 04, periods and timescales as the seeds write them.
const TIMESCALES = ["July 2008", "2008-11", "Mar-11", "3-2", "2010-11", "+3", "July 08"];
const issuePlan: Plan = {
  kind: "action-plan",
  authority: communityJusticeAuthorities.lanarkshire,
  period: { from: "2010-11", to: "2010-11" },
  columns: [
    { field: "number", label: "Action" },
    { field: "title", label: "Key Measure" },
    { field: "timescale", label: "Timescale" },
  ],
  themes: [
    {
      number: "1",
      title: "Reducing reoffending",
      actions: ["1.8", "1.9", "1.10", "1.19", "1.20", "04", "2.1.3"].map((number, i) => ({
        number,
        title: [{ kind: "paragraph" as const, text: `Action ${number}` }],
        rows: [{ timescale: parseTimescale(TIMESCALES[i] ?? "").value }],
      })),
    },
  ],
};

type Case = { name: string; plan: Plan; progress?: ProgressReturn; protectValues?: boolean };
const cases: Case[] = [
  { name: "issue-14", plan: issuePlan },
  { name: "issue-14-bare", plan: issuePlan, protectValues: false },
  ...seedDocuments.flatMap((doc): Case[] =>
    doc.kind === "plan" ? [{ name: doc.slug, plan: doc.plan, progress: doc.progress }] : [],
  ),
];
const metaOf = ({ themes: _t, columns: _c, ...meta }: Plan) => meta;
const written = Object.fromEntries(
  cases.map((c) => [
    c.name,
    writePlanCsv(c.plan, { layout: "document", progress: c.progress, protectValues: c.protectValues }).csv,
  ]),
);

/** Each action's number and first timescale, as read. */
const values = (plan: Plan) =>
  planActions(plan).flatMap(({ action }) => [
    { field: "number", value: action.number },
    ...action.rows.map((row) => ({ field: "timescale", value: row.timescale?.raw ?? "" })),
  ]);
const flagged = (issues: readonly Issue[], value: string) =>
  issues.some(
    (issue) => issue.code === "csv/spreadsheet-rewrite" && issue.actual === value && issue.row !== undefined,
  );

describe.skipIf(missing !== undefined)("the library's CSV opened and saved in LibreOffice Calc", () => {
  const resaved = missing === undefined ? calcResaved(written) : {};

  it.each(cases.filter((c) => c.protectValues !== false).map((c) => [c.name, c] as const))(
    "%s: written in the document layout, every action number and timescale comes back as written",
    (name, c) => {
      const text = resaved[name] ?? "";
      if (name === "issue-14") expect(text).toContain("'1.10,");
      const read = readPlanCsv(text, { plan: { ...metaOf(c.plan), columns: c.plan.columns } });
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      expect(values(read.value.plan)).toEqual(values(c.plan));
    },
  );

  it("written bare, every value Calc changed is flagged with its row and column, and kept as Calc wrote it", () => {
    const text = resaved["issue-14-bare"] ?? "";
    expect(text).toContain("\n1.1,");
    const read = readPlanCsv(text, { plan: { ...metaOf(issuePlan), columns: issuePlan.columns } });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const before = values(issuePlan);
    const changed = values(read.value.plan).filter((after, i) => after.value !== before[i]?.value);
    expect(changed.map((c) => c.value)).toEqual(expect.arrayContaining(["1.1", "1.2", "4"]));
    // Leading zeros (04 → 4) and a + (+3 → 3) leave no trace a reader can see: only protectValues keeps them.
    const traceless = new Set(["4", "3"]);
    for (const { value } of changed.filter((c) => !traceless.has(c.value)))
      expect(flagged(read.issues, value)).toBe(true);
  });
});

describe.skipIf(missing !== undefined)("a progress CSV opened and saved in LibreOffice Calc", () => {
  const progress = seedDocuments.flatMap((doc) => (doc.kind === "plan" ? [doc.progress] : []));
  const resaved = missing === undefined ? calcResaved({ returns: writeProgressCsv(progress).csv }) : {};

  it("keeps every period and action number, or flags the cell", () => {
    const read = readProgressCsv(resaved.returns ?? "", {
      authority: communityJusticeAuthorities.lanarkshire,
    });
    const got = read.ok
      ? read.value.flatMap((r) => r.entries.map((e) => `${JSON.stringify(r.period)} ${e.action}`))
      : [];
    const want = progress.flatMap((r) => r.entries.map((e) => `${JSON.stringify(r.period)} ${e.action}`));
    const lost = want.filter((entry) => !got.includes(entry));
    for (const entry of lost) expect(flagged(read.issues, entry.split(" ").at(-1) ?? "")).toBe(true);
  });
});
