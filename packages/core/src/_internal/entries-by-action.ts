import { normaliseActionNumber } from "../plan/normalise-action-number";
import type { ProgressEntry } from "../progress/progress-return";

/** A return's entries by the action they report on (numbers compared without trailing dots). */
export function entriesByAction(entries: readonly ProgressEntry[]): Map<string, ProgressEntry[]> {
  const index = new Map<string, ProgressEntry[]>();
  for (const entry of entries) {
    const key = normaliseActionNumber(entry.action);
    const list = index.get(key);
    if (list === undefined) index.set(key, [entry]);
    else list.push(entry);
  }
  return index;
}
