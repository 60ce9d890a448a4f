import type { Issue } from "@cja-kit/core";
import type { CellContext } from "./cell-value";
import { sharedStringsPart } from "./shared-strings-part";
import { stylesPart } from "./styles-part";
import { type WorkbookPackage, workbookPackage } from "./workbook-package";
import { type WorkbookInfo, workbookInfo } from "./workbook-part";
import type { XlsxLimits } from "./xlsx-limits";
import { zipDirectory } from "./zip-directory";

/** An opened workbook: its package, its sheets and settings. */
export type OpenWorkbook = { pkg: WorkbookPackage; info: WorkbookInfo };

/** Opens a workbook as far as its list of sheets, or gives the issue that stops it. */
export function openWorkbook(bytes: Uint8Array, limits: XlsxLimits): OpenWorkbook | Issue {
  const entries = zipDirectory(bytes, limits);
  if (!Array.isArray(entries)) return entries;
  const pkg = workbookPackage(bytes, entries, limits.maxInflatedBytes);
  const info = workbookInfo(pkg);
  return "code" in info ? info : { pkg, info };
}

/** The styles and shared strings cells are read with, or the issue that stops reading. */
export function cellContext(workbook: OpenWorkbook): CellContext | Issue {
  const { pkg, info } = workbook;
  const styles = stylesPart(pkg, info.styles);
  if (styles.issue !== undefined) return styles.issue;
  const strings = sharedStringsPart(pkg, info.sharedStrings);
  if (strings.issue !== undefined) return strings.issue;
  return {
    formats: styles.formats,
    strings: strings.strings,
    ...(strings.rich === undefined ? {} : { rich: strings.rich }),
    date1904: info.date1904,
    fills: styles.fills,
  };
}
