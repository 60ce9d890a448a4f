import type { Issue } from "@cja-kit/core";
import type { InflateBudget } from "./entry-text";
import { xlsxIssue } from "./xlsx-issue";
import { readXmlPart, type XmlHandlers } from "./xml-events";
import type { ZipEntry } from "./zip-directory";

/** An opened workbook package: its bytes, its entries by part name (any case) and the inflating budget. */
export type WorkbookPackage = {
  bytes: Uint8Array;
  entries: ReadonlyMap<string, ZipEntry>;
  budget: InflateBudget;
};

/** The package of a zip's entries. */
export function workbookPackage(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  maxInflatedBytes: number,
): WorkbookPackage {
  return {
    bytes,
    entries: new Map(entries.map((entry) => [entry.name.toLowerCase(), entry])),
    budget: { left: maxInflatedBytes, limit: maxInflatedBytes },
  };
}

/** Whether the package has a part. */
export const hasPart = (pkg: WorkbookPackage, path: string) => pkg.entries.has(path.toLowerCase());

/**
 * Reads a part as XML events. A part that is not there is an error when `required`, else nothing
 * is read and no issue given (optional parts such as shared strings).
 */
export function readPart(
  pkg: WorkbookPackage,
  path: string,
  handlers: XmlHandlers,
  required: boolean,
): Issue | undefined {
  const entry = pkg.entries.get(path.toLowerCase());
  if (entry !== undefined) return readXmlPart(pkg.bytes, entry, pkg.budget, handlers);
  return required
    ? xlsxIssue(
        "missing-part",
        "error",
        `The workbook has no "${path}", which it needs: it is damaged, or not a spreadsheet.`,
        { actual: path },
      )
    : undefined;
}
