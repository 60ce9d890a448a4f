import { type CanonicalStatus, canonicalStatusLabels } from "@cja-kit/core";

/**
 * A status as members read it in a summary: core's label, but "Not stated" for a status the
 * return does not give in words a rule knows ("unknown"), which core labels for developers.
 * The smallest label function docx needs until core's labels are rewritten for members.
 */
export const statusLabel = (status: CanonicalStatus): string =>
  status === "unknown" ? "Not stated" : canonicalStatusLabels[status];
