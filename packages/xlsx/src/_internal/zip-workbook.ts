import { strToU8, type Zippable, zipSync } from "fflate";

/** The earliest time a zip entry can carry (MS-DOS dates start in 1980), for workbooks written without a date. */
const NO_DATE = new Date(Date.UTC(1980, 0, 1, 12));

/** The parts of a workbook zipped, `[Content_Types].xml` first as Office expects. */
export function zipWorkbook(
  parts: ReadonlyArray<[string, string]>,
  created: string | undefined,
): Uint8Array<ArrayBuffer> {
  const parsed = created === undefined ? Number.NaN : Date.parse(created);
  const mtime = Number.isNaN(parsed) || parsed < NO_DATE.getTime() ? NO_DATE : new Date(parsed);
  const files: Zippable = {};
  for (const [path, xml] of parts) files[path] = [strToU8(xml), { level: 6, mtime }];
  // fflate makes a new ArrayBuffer for the zip, never a shared one: a Blob can carry it as it is.
  return zipSync(files) as Uint8Array<ArrayBuffer>;
}
