/**
 * The date a Word document is stamped with: now, or `SOURCE_DATE_EPOCH` (seconds since 1970, the
 * reproducible-builds convention) so that a scheduled job makes the same bytes from the same data.
 */
export function createdDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH !== undefined && Number.isInteger(epoch) && epoch >= 0
    ? new Date(epoch * 1000)
    : new Date();
}
