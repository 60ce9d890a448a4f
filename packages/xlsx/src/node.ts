import { writeFile } from "node:fs/promises";
import { CjaKitError, type Issue } from "@cja-kit/core";
import type { WorkbookContents, WriteWorkbookOptions } from "./write/workbook-contents";
import { writeWorkbook } from "./write/write-workbook";

/**
 * Writes a workbook ({@link writeWorkbook}) to a file (Node only).
 *
 * @param path - Where to write the .xlsx.
 * @param contents - What to write.
 * @param options - Title, date, and how the plan's rows are rated.
 * @returns The issues met writing it.
 * @throws CjaKitError `usage/invalid-argument` when `path` is not a non-empty string, or as {@link writeWorkbook}.
 * @example
 * ```ts
 * import { writeWorkbookFile } from "@cja-kit/xlsx/node";
 *
 * const issues = await writeWorkbookFile("action-plan-2010-11.xlsx", { plan, progress });
 * ```
 */
export async function writeWorkbookFile(
  path: string,
  contents: WorkbookContents,
  options: WriteWorkbookOptions = {},
): Promise<Issue[]> {
  if (typeof path !== "string" || path.length === 0)
    throw new CjaKitError(
      "usage/invalid-argument",
      "writeWorkbookFile needs the file's path as a non-empty string.",
    );
  const { bytes, issues } = writeWorkbook(contents, options);
  await writeFile(path, bytes);
  return issues;
}
