import type { Checked } from "@cja-kit/core";
import { readCsv } from "../formats/csv";
import { csvHeader } from "../formats/csv-header";
import { csvKind } from "../formats/csv-kind";
import { type FileFormat, fileFormat } from "../formats/file-format";
import { readJson } from "../formats/json";
import { checkXlsxInput, readXlsx } from "../formats/xlsx";
import { type Context, pathIn } from "./context";
import type { DocumentKind, KindChoice, LoadedDocument } from "./document";
import { usageError } from "./failure";
import type { ReadContext } from "./read-context";
import { readInput } from "./read-input";

/** A file read: its format, the kind it was read as, and the document or the issues that stopped it. */
export type LoadResult = {
  file: string;
  format: FileFormat;
  kind?: DocumentKind;
  checked: Checked<LoadedDocument>;
};

/** The format of an input file, refusing the ones the command cannot read. */
export function inputFormat(file: string): FileFormat {
  const format = fileFormat(file);
  if (format === "docx")
    throw usageError(
      "cannot-read-word",
      `${file}: cja-kit writes Word documents but cannot read them; give the plan or report as CSV, XLSX or JSON.`,
    );
  if (format === "xlsx") checkXlsxInput(file);
  return format;
}

function csvDocument(file: string, bytes: Uint8Array, choice: KindChoice | undefined, read: ReadContext) {
  const header = choice === undefined ? csvHeader(bytes) : undefined;
  const kind = choice?.kind ?? (header === undefined ? "plan" : csvKind(header.labels));
  const context = choice?.planKind === undefined ? read : { ...read, planKind: choice.planKind };
  return { kind, checked: readCsv(file, bytes, kind, context) };
}

function kindOf(checked: Checked<LoadedDocument>, asked: DocumentKind | undefined): DocumentKind | undefined {
  return checked.ok ? checked.value.kind : asked;
}

/**
 * Reads a document from a file: its format told by the extension, its kind given (`--kind`) or
 * detected (a JSON document names its format; a CSV is told by its headings).
 */
export async function loadDocument(
  context: Context,
  file: string,
  choice: KindChoice | undefined,
  read: ReadContext,
): Promise<LoadResult> {
  const format = inputFormat(file);
  const bytes = await readInput(pathIn(context, file), file);
  switch (format) {
    case "csv": {
      const { kind, checked } = csvDocument(file, bytes, choice, read);
      return { file, format, kind, checked };
    }
    case "json": {
      const checked = readJson(bytes, choice?.kind);
      const kind = kindOf(checked, choice?.kind);
      return { file, format, ...(kind === undefined ? {} : { kind }), checked };
    }
    default:
      return readXlsx(file);
  }
}
