import { extname } from "node:path";
import { usageError } from "../_internal/failure";

/** The file formats the command reads or writes, told by the file's extension. */
export type FileFormat = "csv" | "json" | "xlsx" | "docx";

const EXTENSIONS = new Map<string, FileFormat>([
  [".csv", "csv"],
  [".tsv", "csv"],
  [".txt", "csv"],
  [".json", "json"],
  [".xlsx", "xlsx"],
  [".docx", "docx"],
]);

/** The format a file's extension names (`.csv`, `.tsv`, `.txt`, `.json`, `.xlsx`, `.docx`), in any case. */
export function fileFormat(file: string): FileFormat {
  const format = EXTENSIONS.get(extname(file).toLowerCase());
  if (format === undefined)
    throw usageError(
      "unknown-format",
      `${file}: cannot tell the format from the extension "${extname(file)}"; use .csv, .json, .xlsx or .docx.`,
    );
  return format;
}
