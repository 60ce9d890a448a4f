import { CjaKitError, type Issue, type RollUp } from "@cja-kit/core";
import { readPlanXlsx, readProgressXlsx, type WorkbookContents, writeWorkbook } from "@cja-kit/xlsx";
import type { DocumentKind, LoadedDocument, ReadResult } from "../_internal/document";
import { usageError, workError } from "../_internal/failure";
import type { ReadContext } from "../_internal/read-context";
import {
  kindWords,
  noTableForm,
  planImportOptions,
  planRead,
  returnsImportOptions,
  returnsRead,
} from "./csv";
import { csvKind } from "./csv-kind";

// Every call into @cja-kit/xlsx goes through this file.

const sheetOf = (context: ReadContext) => (context.sheet === undefined ? {} : { sheet: context.sheet });

function readAs(file: string, bytes: Uint8Array, kind: DocumentKind, context: ReadContext): ReadResult {
  switch (kind) {
    case "plan":
      return planRead(readPlanXlsx(bytes, { ...planImportOptions(file, context), ...sheetOf(context) }));
    case "progress-return":
      return returnsRead(
        readProgressXlsx(bytes, { ...returnsImportOptions(file, context), ...sheetOf(context) }),
      );
    default:
      throw noTableForm(file, kind);
  }
}

/**
 * Reads a worksheet as the kind given, or as the kind its heading row tells (a plan unless its
 * headings are a progress return's), with the reader for it.
 */
export function readXlsx(
  file: string,
  bytes: Uint8Array,
  kind: DocumentKind | undefined,
  context: ReadContext,
): ReadResult & { kind: DocumentKind } {
  if (kind !== undefined) return { ...readAs(file, bytes, kind, context), kind };
  const asPlan = readAs(file, bytes, "plan", context);
  const told = csvKind((asPlan.report?.columns ?? []).map((column) => column.label));
  return told === "plan" ? { ...asPlan, kind: told } : { ...readAs(file, bytes, told, context), kind: told };
}

function contents(file: string, document: LoadedDocument): WorkbookContents {
  switch (document.kind) {
    case "plan":
      return {
        plan: document.plan,
        ...(document.progress === undefined ? {} : { progress: document.progress }),
      };
    case "progress-return":
      return { progress: document.returns };
    case "indicator-set":
      return { indicators: document.indicators };
    default:
      throw usageError(
        "no-xlsx-form",
        `${file}: ${kindWords(document.kind)} have no XLSX form; write JSON (or .docx to print it) instead.`,
      );
  }
}

function written(
  file: string,
  what: WorkbookContents,
  created: Date,
): { bytes: Uint8Array; issues: Issue[] } {
  try {
    return writeWorkbook(what, { created: created.toISOString() });
  } catch (error) {
    if (error instanceof CjaKitError) throw workError("cannot-write", `${file}: ${error.message}`);
    throw error;
  }
}

/**
 * A document as an Excel workbook: a plan (with its progress beside each row and on a sheet of
 * its own), progress returns or an indicator set, with the issues met writing it.
 */
export function writeXlsx(
  file: string,
  document: LoadedDocument,
  created: Date,
): { bytes: Uint8Array; issues: Issue[] } {
  return written(file, contents(file, document), created);
}

/** Roll-ups as an Excel workbook: their "Roll-up" sheet and a README. */
export function rollUpXlsx(
  file: string,
  rollUps: readonly RollUp[],
  created: Date,
): { bytes: Uint8Array; issues: Issue[] } {
  return written(file, { rollUps }, created);
}
