import { usageError } from "../_internal/failure";

// Every call into @cja-kit/xlsx will go through this file. The package is not released yet, so
// each function says so, naming the file, and the command stops with the usage exit code. When it
// lands: readXlsx → readPlanXlsx / readProgressXlsx (as readCsv in csv.ts), writeXlsx →
// writePlanXlsx / writeRollUpXlsx, xlsxHeadings → the readers' mapping report.

const MESSAGE =
  "XLSX support needs @cja-kit/xlsx, which this version of cja-kit does not have yet; save the sheet as CSV UTF-8 (File › Save As in Excel) and use the .csv file";

/** Refuses a workbook input before any work is done (not yet readable: see the file's comment). */
export function checkXlsxInput(file: string): void {
  readXlsx(file);
}

/** Reads a workbook (not yet: see the file's comment). */
export function readXlsx(file: string): never {
  throw usageError("xlsx-not-available", `${file}: ${MESSAGE}.`);
}

/** Writes a workbook (not yet: see the file's comment). */
export function writeXlsx(file: string): never {
  throw usageError("xlsx-not-available", `${file}: ${MESSAGE}, or write .csv.`);
}
