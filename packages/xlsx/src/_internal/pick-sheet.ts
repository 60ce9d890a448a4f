import type { Issue } from "@cja-kit/core";
import type { SheetEntry } from "./workbook-part";
import { xlsxIssue } from "./xlsx-issue";

const names = (sheets: readonly SheetEntry[]) => sheets.map((s) => `"${s.name}"`).join(", ");

function byOption(sheets: readonly SheetEntry[], wanted: string | number): SheetEntry | undefined {
  if (typeof wanted === "number") return sheets.find((s) => s.position === wanted);
  return (
    sheets.find((s) => s.name === wanted) ??
    sheets.find((s) => s.name.trim().toLowerCase() === wanted.trim().toLowerCase())
  );
}

const shown = (s: SheetEntry) => s.kind === "worksheet" && s.state === "visible";

/** The first visible worksheet, the one named `preferred` first where there is one. */
function byDefault(sheets: readonly SheetEntry[], preferred: string | undefined): SheetEntry | undefined {
  const named = preferred === undefined ? undefined : byOption(sheets, preferred);
  return named !== undefined && shown(named) ? named : sheets.find(shown);
}

/**
 * The sheet to read: the one named (by name, or tab position from 1), else the visible worksheet
 * named `preferred`, else the first visible worksheet; with a warning when it is hidden, or the
 * issue why there is none.
 */
export function pickSheet(
  sheets: readonly SheetEntry[],
  wanted: string | number | undefined,
  preferred?: string,
): { sheet: SheetEntry; issues: Issue[] } | Issue {
  const sheet = wanted === undefined ? byDefault(sheets, preferred) : byOption(sheets, wanted);
  if (sheet === undefined)
    return wanted === undefined
      ? xlsxIssue(
          "no-worksheet",
          "error",
          `The workbook has no visible worksheet to read (its sheets: ${names(sheets) || "none"}); name the sheet to read with the sheet option.`,
        )
      : xlsxIssue(
          "sheet-not-found",
          "error",
          `The workbook has no sheet ${typeof wanted === "number" ? `at position ${wanted}` : `named "${wanted}"`}; its sheets are ${names(sheets) || "none"}.`,
          { actual: String(wanted) },
        );
  if (sheet.kind !== "worksheet" || sheet.part === undefined)
    return xlsxIssue(
      "not-a-worksheet",
      "error",
      `Sheet "${sheet.name}" is a ${sheet.kind === "missing" ? "sheet whose part is missing" : sheet.kind}, not a worksheet of cells; it cannot be read.`,
      { sheet: sheet.name },
    );
  const issues =
    sheet.state === "visible"
      ? []
      : [
          xlsxIssue(
            "hidden-sheet",
            "warning",
            `Sheet "${sheet.name}" is hidden in the workbook; it is read as asked.`,
            { sheet: sheet.name },
          ),
        ];
  return { sheet, issues };
}
