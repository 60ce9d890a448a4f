import {
  communityJusticeAuthorities,
  createProgressEntry,
  type Plan,
  type ProgressReturn,
  parseTimescale,
  planLayouts,
} from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { renderActionPlan, renderProgressReport } from "../src/index";
import { toBuffer } from "../src/node";
import { docxPart } from "./support/docx-parts";
import { rowsOf, tablesOf } from "./support/xml";

// A plan of 1,000 actions (50 themes of 20), each with a paragraph, a bullet list and a timescale.
// No timing is asserted here: timings belong to the benchmarks.

const THEMES = 50;
const ACTIONS = 20;

const plan: Plan = {
  kind: "action-plan",
  title: "ACTION PLAN 2030-31",
  authority: communityJusticeAuthorities["lothian-borders"],
  period: { from: "2030-31", to: "2030-31" },
  columns: [...planLayouts["lothian-borders-action-plan"].columns],
  themes: Array.from({ length: THEMES }, (_, t) => ({
    number: `${t + 1}.1`,
    title: `Theme ${t + 1} & partners`,
    actions: Array.from({ length: ACTIONS }, (_, a) => ({
      number: `${t + 1}.1.${a + 1}`,
      title: [
        {
          kind: "paragraph" as const,
          text: `Key measure ${t + 1}.1.${a + 1}: reduce re-offending by working with partners`,
        },
      ],
      rows: [
        {
          detail: [
            {
              kind: "paragraph" as const,
              text: "Establish a process where advice is available at all stages from arrest to release.",
            },
            {
              kind: "list" as const,
              marker: "bullet" as const,
              items: ["Arrest Referral", "Social Worker in Court", "Prison Links Centre"],
            },
          ],
          timescale: parseTimescale("Year 1 2030-31").value,
          lead: [{ kind: "paragraph" as const, text: "Chief Officer" }],
        },
      ],
    })),
  })),
};

const progress: ProgressReturn = {
  authority: plan.authority,
  title: "Quarter 2 2030-31",
  period: { kind: "quarter", year: "2030-31", quarter: 2 },
  entries: plan.themes.flatMap((theme) =>
    (theme.actions ?? []).map((action) =>
      createProgressEntry({ action: action.number, progress: [{ kind: "paragraph", text: "On target" }] }),
    ),
  ),
};

describe("a plan of 1,000 actions", () => {
  it("renders as an action plan with every action in its table", { timeout: 300_000 }, async () => {
    const rendered = renderActionPlan(plan, progress, { created: "2030-04-01T00:00:00Z" });
    expect(rendered.issues).toEqual([]);
    const xml = await docxPart(await toBuffer(rendered), "word/document.xml");
    const tables = tablesOf(xml);
    expect(tables).toHaveLength(THEMES);
    expect(tables.flatMap(rowsOf)).toHaveLength(THEMES * (ACTIONS + 1));
    expect(xml).toContain(`${THEMES}.1.${ACTIONS}`);
  });

  it("renders as a progress report with 1,000 ratings counted", { timeout: 300_000 }, async () => {
    const rendered = renderProgressReport(plan, progress, { created: "2030-04-01T00:00:00Z" });
    const xml = await docxPart(await toBuffer(rendered), "word/document.xml");
    // Each progress cell's rating in words, and the summary's Green column.
    expect(xml.match(/>Green<\/w:t>/g)?.length).toBe(THEMES * ACTIONS + 1);
  });
});
