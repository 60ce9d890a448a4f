import { createProgressEntry, normaliseStatus, type ProgressEntry, type RowProgress } from "@cja-kit/core";
import { narrative } from "./cell-text";

/**
 * A progress entry from the cells read for it: the status read from the wording, unless a Status
 * column gave one (kept with its rule, or "manual" when no rule explains it).
 */
export function entryFrom(placed: RowProgress & { action: string; row?: number }): ProgressEntry {
  const { action, row, progress, byCouncil, nextSteps, statusWording, status, percentComplete } = placed;
  const entry = createProgressEntry({
    action,
    ...(row === undefined ? {} : { row }),
    progress: progress ?? [],
    ...(byCouncil === undefined ? {} : { byCouncil }),
    ...(nextSteps === undefined ? {} : { nextSteps }),
    ...(statusWording === undefined ? {} : { statusWording }),
    ...(percentComplete === undefined ? {} : { percentComplete }),
  });
  if (status === undefined) return entry;
  const wording = statusWording ?? narrative(progress ?? [], byCouncil);
  const read = normaliseStatus(wording);
  const rule = status.rule.length > 0 ? status.rule : read.status === status.status ? read.rule : "manual";
  // The words that decided a status belong with it only where the rules read the same status.
  const evidence = read.rule === rule && read.evidence !== undefined ? { evidence: read.evidence } : {};
  return { ...entry, status: { raw: wording, status: status.status, rule, ...evidence } };
}
