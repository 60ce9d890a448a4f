import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type AnnualPerformanceReport,
  formatIssue,
  type IndicatorSet,
  type Plan,
  type ProgressReturn,
} from "@cja-kit/core";
import {
  type RenderedDocx,
  renderAnnualPerformanceReport,
  renderDeliveryPlan,
  renderIndicatorSet,
  renderOutcomeImprovementPlan,
} from "@cja-kit/docx";
import { writeDocx } from "@cja-kit/docx/node";
import { read, write } from "@cja-kit/json";
import { partnershipDocuments } from "@cja-kit/seed-data";
import { expectSame } from "./round-trip";

type Entry = (typeof partnershipDocuments)[number];
type Word = { name: string; rendered: RenderedDocx };
const created = "2026-11-22T00:00:00Z";

/** An entry's documents of each format. */
function documentsOf(entry: Entry) {
  const plans: Plan[] = [];
  const sets: IndicatorSet[] = [];
  const updates: ProgressReturn[] = [];
  const reports: AnnualPerformanceReport[] = [];
  for (const d of entry.documents)
    if (d.format === "plan") plans.push(d.data);
    else if (d.format === "indicator-set") sets.push(d.data);
    else if (d.format === "progress-return") updates.push(d.data);
    else reports.push(d.data);
  return { plans, sets, updates, reports };
}

/** A plan as the Word document of its kind: an outcome improvement plan with the entry's indicators, a delivery plan with each of its updates. */
function planWord(entry: Entry, plan: Plan, sets: IndicatorSet[], updates: ProgressReturn[]): Word[] {
  switch (plan.kind) {
    case "outcome-improvement-plan":
      return [
        {
          name: entry.slug,
          rendered: renderOutcomeImprovementPlan(plan, undefined, { created, indicators: sets }),
        },
      ];
    case "delivery-plan": {
      const mine = updates.filter((update) => update.planId === plan.id);
      if (mine.length === 0)
        return [{ name: entry.slug, rendered: renderDeliveryPlan(plan, undefined, { created }) }];
      return mine.map((update, i) => ({
        name: `${entry.slug}-update-${update.period.kind === "update" ? update.period.number : i + 1}`,
        rendered: renderDeliveryPlan(plan, update, { created }),
      }));
    }
    default:
      throw new Error(`${entry.slug}: no partnership document is a plan of kind ${plan.kind}`);
  }
}

/** The Word documents an entry is published as: its plans, its report, its indicator sets (those no plan prints). */
function words(entry: Entry): Word[] {
  const { plans, sets, updates, reports } = documentsOf(entry);
  const outcomePlans = plans.filter((plan) => plan.kind === "outcome-improvement-plan");
  return [
    ...plans.flatMap((plan) => planWord(entry, plan, sets, updates)),
    ...reports.map((report) => ({
      name: entry.slug,
      rendered: renderAnnualPerformanceReport(report, { created }),
    })),
    ...(outcomePlans.length > 0
      ? []
      : sets.map((set) => ({ name: entry.slug, rendered: renderIndicatorSet(set, { created }) }))),
  ];
}

/**
 * Reproduces each published document of today's partnerships and national bodies
 * (examples/seed-data/src/partnerships) as Word and JSON in `out`, reading the JSON back and
 * failing if anything differs; returns what it wrote, a line each.
 */
export async function reproducePartnershipDocuments(out: URL): Promise<string[]> {
  const lines: string[] = [];
  for (const entry of partnershipDocuments) {
    for (const [index, document] of entry.documents.entries()) {
      const name = `${entry.slug}.${index}.${document.format}.json`;
      const text = write(document);
      writeFileSync(new URL(name, out), text);
      expectSame(name, read(text, { format: document.format }), document);
    }
    for (const { name, rendered } of words(entry)) {
      await writeDocx(fileURLToPath(new URL(`${name}.docx`, out)), rendered);
      const warnings = rendered.issues.map(formatIssue);
      lines.push(`examples/out/${name}.docx${warnings.length > 0 ? `\n  ${warnings.join("\n  ")}` : ""}`);
    }
    lines.push(`examples/out/${entry.slug}.*.json: written and read back`);
  }
  return lines;
}
