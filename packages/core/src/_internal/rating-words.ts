import type { CanonicalStatus } from "../status/canonical-status";
import { canonicalStatusLabels, ragLabels } from "../status/labels";
import type { Rag } from "../status/rag";

/** A status as it reads inside a sentence: "on track", "in progress (revised timescale)". */
export const statusWords = (status: CanonicalStatus) =>
  status === "unknown" ? "with no status stated" : canonicalStatusLabels[status].toLowerCase();

/** A rating as it reads inside a sentence: "amber", "not rated". */
export const ragWords = (rag: Rag) => ragLabels[rag].toLowerCase();

/** How the report put it: "Reported on track", "Reported amber (at risk)". */
export function reportedWords(status: CanonicalStatus, reportedRag: Rag | undefined): string {
  if (reportedRag === undefined || reportedRag === "not-rated") return `Reported ${statusWords(status)}`;
  return status === "unknown"
    ? `Reported ${ragWords(reportedRag)}`
    : `Reported ${ragWords(reportedRag)} (${statusWords(status)})`;
}

/** The first letter in upper case, for a clause that starts a sentence. */
export const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
