import {
  type ActionAssessment,
  assessPlan,
  builtInRegistry,
  canonicalStatuses,
  defaultStatusRules,
  rags,
} from "@cja-kit/core";
import { seedDocuments } from "@cja-kit/seed-data";

// What must never reach a board member: wording about the software or the document rather than
// the work, and the machine ids of plans, frameworks, rules, statuses and checks, which are data
// for tools. Ids of one plain word ("complete", "late") are English too, so only ids with a
// hyphen or a slash count: no board paper writes "on-track" or "nab-2008".

/** Phrases about the software or the document, never about the work. */
export const DEVELOPER_PHRASES: readonly RegExp[] = [
  /RAG:/,
  /not recognised/i,
  /no rule recognises/i,
  /Each rating is printed/i,
  /items on \d+ actions? of/,
  /cja-kit/i,
  /\bundefined\b/,
  /\bNaN\b/,
  /\[object Object\]/,
  /docx\//,
];

const assessed = (): ActionAssessment[] =>
  seedDocuments.flatMap((doc) => (doc.kind === "plan" ? assessPlan(doc.plan, doc.progress) : []));

/** Every machine id a rendered document could show by mistake. */
export function machineIds(): string[] {
  const assessments = assessed();
  const ids = [
    ...seedDocuments.flatMap((doc) =>
      doc.kind === "plan" ? [doc.plan.id, doc.progress.id] : [doc.report.id],
    ),
    ...Object.keys(builtInRegistry.frameworks),
    ...canonicalStatuses,
    ...rags,
    ...defaultStatusRules.map((rule) => rule.id),
    ...assessments.flatMap((a) => [a.rule, a.reported?.rule, ...a.checks.map((check) => check.code)]),
    "date-passed",
    "revised-date-passed",
    "reported-rag-differs",
    "worst-of",
    "reported-only",
  ];
  return [...new Set(ids.filter((id): id is string => id !== undefined && /[-/]/.test(id)))];
}

const escaped = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The developer wording and machine ids a text holds, each as found. */
export function developerWording(text: string, ids: readonly string[]): string[] {
  const flat = text.replace(/\s+/g, " ");
  const phrases = DEVELOPER_PHRASES.flatMap((re) => flat.match(re)?.[0] ?? []);
  const found = ids.filter((id) => new RegExp(`(?<![\\w-])${escaped(id)}(?![\\w-])`).test(flat));
  return [...phrases, ...found];
}
