import type { Issue } from "@cja-kit/core";
import { relationships } from "./relationships";
import { commentIssues } from "./sheet-comments";
import { readPart, type WorkbookPackage } from "./workbook-package";
import type { SheetEntry } from "./workbook-part";
import { xlsxIssue } from "./xlsx-issue";

/** Whether a worksheet holds any cell value, read only as far as the first one. */
function holdsCells(pkg: WorkbookPackage, part: string): boolean | Issue {
  let found = false;
  const issue = readPart(
    pkg,
    part,
    {
      open(name) {
        if (name === "v" || name === "is") found = true;
      },
      done: () => found,
    },
    false,
  );
  return issue ?? found;
}

/** An info issue for each other worksheet that holds cells: they are not read, and are named so that none is lost unseen. */
export function sheetsNotRead(
  pkg: WorkbookPackage,
  sheets: readonly SheetEntry[],
  read: SheetEntry,
): Issue[] {
  return sheets.flatMap((sheet) => {
    if (sheet === read || sheet.kind !== "worksheet" || sheet.part === undefined) return [];
    const holds = holdsCells(pkg, sheet.part);
    if (holds === false) return [];
    const why = holds === true ? "" : ` (it could not be looked into: ${holds.message})`;
    return [
      xlsxIssue(
        "sheet-not-read",
        "info",
        `Sheet "${sheet.name}" holds cells that were not read: only "${read.name}" was${why}. Pass sheet: "${sheet.name}" to read it.`,
        { sheet: sheet.name },
      ),
    ];
  });
}

/** Info issues naming the sheet's comments and notes, which are not cells and are not read. */
export function commentsNotRead(pkg: WorkbookPackage, sheet: SheetEntry): Issue[] {
  if (sheet.part === undefined) return [];
  return commentIssues(pkg, relationships(pkg, sheet.part).list, sheet.name);
}
