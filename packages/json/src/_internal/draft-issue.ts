import type { Issue } from "@cja-kit/core";

/** An issue before it is located: `offset` where the scan knows it, else found later from `path`. */
export type DraftIssue = Issue & { offset?: number };
