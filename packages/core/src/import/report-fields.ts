import type { CommitteeReport } from "../report/committee-report";

/**
 * The fields of a committee report a table holds one row each for, in the order they are written,
 * each with how to read it from a report: the `Field` column names them.
 *
 * @example
 * ```ts
 * reportTableFields.map(([name]) => name); // ["id", "agendaItem", "meeting", "meetingDate", "reportBy", "subject", …]
 * ```
 */
export const reportTableFields: ReadonlyArray<
  readonly [string, (report: CommitteeReport) => string | undefined]
> = [
  ["id", (r) => r.id],
  ["agendaItem", (r) => r.agendaItem],
  ["meeting", (r) => r.meeting],
  ["meetingDate", (r) => r.meetingDate],
  ["reportBy", (r) => r.reportBy],
  ["subject", (r) => r.subject],
  ["authorName", (r) => r.author?.name],
  ["authorRole", (r) => r.author?.role],
  ["authorBody", (r) => r.author?.body],
  ["date", (r) => r.date],
  ["contactHeading", (r) => r.contactHeading],
  ["contactIntro", (r) => r.contactIntro],
  ["contactName", (r) => r.contact?.name],
  ["contactRole", (r) => r.contact?.role],
  ["contactPhone", (r) => r.contact?.phone],
  ["contactEmail", (r) => r.contact?.email],
];
