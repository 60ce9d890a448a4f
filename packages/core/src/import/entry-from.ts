import { joinRaw } from "../_internal/continue-rows";
import type { RowProgress } from "../plan/actions-from-rows";
import { createProgressEntry, type ProgressEntryInput } from "../progress/create-progress-entry";
import type { ProgressEntry } from "../progress/progress-return";

/** Progress cells placed on an action, with any extra cells of the row. */
export type PlacedCells = RowProgress & { action: string; row?: number; extra?: Record<string, string> };

/** The fields an entry takes from its cells when given, after its action, row and progress. */
const GIVEN = [
  "byCouncil",
  "nextSteps",
  "statusWording",
  "percentComplete",
  "reportedRag",
  "revisedTimescale",
  "extra",
] as const;

function withoutStatus(placed: PlacedCells): ProgressEntry {
  // Built field by field (in the entry's usual order), not by spreading a small object per field.
  const input: Record<string, unknown> = { action: placed.action };
  if (placed.row !== undefined) input.row = placed.row;
  input.progress = placed.progress ?? [];
  for (const field of GIVEN) if (placed[field] !== undefined) input[field] = placed[field];
  return createProgressEntry(input as ProgressEntryInput);
}

/**
 * A progress entry from the cells read for it. The status is read from the wording (the status
 * wording, else the narrative) unless a status cell gave one: a canonical status keeps its rule
 * (`manual` when no rule explains it); status wording (`Complete`) is kept as the status's raw
 * wording, after any separate wording.
 */
export function entryFrom(placed: PlacedCells): ProgressEntry {
  const entry = withoutStatus(placed);
  const { status } = placed;
  if (status === undefined) return entry;
  if (status.raw.length > 0)
    return {
      ...entry,
      status: {
        raw: joinRaw(placed.statusWording, status.raw) ?? status.raw,
        status: status.status,
        rule: status.rule,
      },
    };
  // The entry's own status is the wording (the status wording, else the narrative) read by the
  // default rules: read once, not again here.
  const read = entry.status;
  const rule = status.rule.length > 0 ? status.rule : read.status === status.status ? read.rule : "manual";
  // The words that decided a status belong with it only where the rules read the same status.
  const evidence = read.rule === rule && read.evidence !== undefined ? { evidence: read.evidence } : {};
  return { ...entry, status: { raw: read.raw, status: status.status, rule, ...evidence } };
}
