import { type SeedDocument, seedDocuments } from "@cja-kit/seed-data";
import {
  type RenderedDocx,
  renderActionPlan,
  renderCommitteeReport,
  renderImplementationPlan,
  renderProgressReport,
} from "../../src/index";

/** The fixed created date that makes the seeds' output deterministic. */
export const CREATED = "2024-04-01T09:00:00Z";

/** Which renderer each seed is rendered with, as the brief pairs them. */
export type Kind = "committee-report" | "progress-report" | "action-plan" | "implementation-plan";

const KINDS: Record<string, Kind> = {
  "000": "committee-report",
  "001": "progress-report",
  "002": "action-plan",
  "003": "implementation-plan",
  "004": "committee-report",
};

/** A seed with the kind it is rendered as. */
export type RenderedSeed = { id: string; kind: Kind; doc: SeedDocument; render: () => RenderedDocx };

function render(doc: SeedDocument, kind: Kind): RenderedDocx {
  const options = { created: CREATED };
  if (doc.kind === "committee-report") return renderCommitteeReport(doc.report, options);
  if (kind === "progress-report") return renderProgressReport(doc.plan, doc.progress, options);
  if (kind === "action-plan") return renderActionPlan(doc.plan, doc.progress, options);
  return renderImplementationPlan(doc.plan, doc.progress, options);
}

/** The five seeds, each with its kind and a function rendering it. */
export const renderedSeeds: readonly RenderedSeed[] = seedDocuments.map((doc) => {
  const id = doc.seed.slice(0, 3);
  const kind = KINDS[id] ?? "committee-report";
  return { id, kind, doc, render: () => render(doc, kind) };
});

/** Every seed plan rendered as each plan kind: renderers must not depend on a plan's own layout. */
export function crossRenders(): Array<{ name: string; rendered: RenderedDocx }> {
  const options = { created: CREATED };
  return seedDocuments.flatMap((doc) => {
    if (doc.kind !== "plan") return [];
    const id = doc.seed.slice(0, 3);
    return [
      { name: `${id}-as-action-plan`, rendered: renderActionPlan(doc.plan, doc.progress, options) },
      {
        name: `${id}-as-implementation-plan`,
        rendered: renderImplementationPlan(doc.plan, doc.progress, options),
      },
      { name: `${id}-as-progress-report`, rendered: renderProgressReport(doc.plan, doc.progress, options) },
    ];
  });
}
