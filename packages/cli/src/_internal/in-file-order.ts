import type { Issue } from "@cja-kit/core";

/**
 * Issues in the order a person reads the file: by row, those with no row (about the whole file)
 * first, and in the reader's order within a row. The JSON output keeps the readers' own order.
 */
export function inFileOrder(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}
