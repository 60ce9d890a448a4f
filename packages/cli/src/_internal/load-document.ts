import type { MappingReport } from "@cja-kit/core";
import { readCsv } from "../formats/csv";
import { csvHeader } from "../formats/csv-header";
import { csvKind } from "../formats/csv-kind";
import { type FileFormat, fileFormat } from "../formats/file-format";
import { readJson } from "../formats/json";
import { readXlsx } from "../formats/xlsx";
import { type Context, pathIn } from "./context";
import type { DocumentKind, KindChoice, ReadResult } from "./document";
import { usageError } from "./failure";
import type { ReadContext } from "./read-context";
import { readInput } from "./read-input";

/**
 * A file read: its format, the kind it was read as, the document or the issues that stopped it,
 * and for a table the reader's mapping report (how each column and row was read).
 */
export type LoadResult = {
  file: string;
  format: FileFormat;
  kind?: DocumentKind;
  checked: ReadResult;
  report?: MappingReport;
};

/** The format of an input file, refusing the ones the command cannot read. */
export function inputFormat(file: string): FileFormat {
  const format = fileFormat(file);
  if (format === "docx")
    throw usageError(
      "cannot-read-word",
      `${file}: cja-kit writes Word documents but cannot read them; give the plan or report as CSV, XLSX or JSON.`,
    );
  return format;
}

function csvDocument(file: string, bytes: Uint8Array, choice: KindChoice | undefined, read: ReadContext) {
  const header = choice === undefined ? csvHeader(bytes) : undefined;
  const kind = choice?.kind ?? (header === undefined ? "plan" : csvKind(header.labels));
  return { kind, checked: readCsv(file, bytes, kind, withPlanKind(read, choice)) };
}

const withPlanKind = (read: ReadContext, choice: KindChoice | undefined): ReadContext =>
  choice?.planKind === undefined ? read : { ...read, planKind: choice.planKind };

function loaded(file: string, format: FileFormat, kind: DocumentKind | undefined, checked: ReadResult) {
  const shownKind = checked.ok ? checked.value.kind : kind;
  return {
    file,
    format,
    ...(shownKind === undefined ? {} : { kind: shownKind }),
    checked,
    ...(checked.report === undefined ? {} : { report: checked.report }),
  };
}

/**
 * Reads a document from a file: its format told by the extension, its kind given (`--kind`) or
 * detected (a JSON document names its format; a table is told by its headings).
 */
export async function loadDocument(
  context: Context,
  file: string,
  choice: KindChoice | undefined,
  read: ReadContext,
): Promise<LoadResult> {
  const format = inputFormat(file);
  if (read.sheet !== undefined && format !== "xlsx")
    throw usageError(
      "sheet-not-xlsx",
      `${file}: --sheet names a worksheet of an .xlsx file, and this is ${format}.`,
    );
  const bytes = await readInput(pathIn(context, file), file);
  switch (format) {
    case "csv": {
      const { kind, checked } = csvDocument(file, bytes, choice, read);
      return loaded(file, format, kind, checked);
    }
    case "json":
      return loaded(file, format, choice?.kind, readJson(bytes, choice?.kind));
    default: {
      const { kind, ...checked } = readXlsx(file, bytes, choice?.kind, withPlanKind(read, choice));
      return loaded(file, format, kind, checked);
    }
  }
}
