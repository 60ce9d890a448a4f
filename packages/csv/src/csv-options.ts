import type { Column, Plan, ProgressReturn } from "@cja-kit/core";

/**
 * How a CSV file is written. The defaults make a file Excel opens correctly: UTF-8 with a byte
 * order mark, CRLF line ends, commas, and formula injection neutralised.
 *
 * @example
 * ```ts
 * const options: CsvWriteOptions = { bom: false, lineEnding: "lf", delimiter: ";" };
 * ```
 */
export type CsvWriteOptions = {
  /** Start the file with a UTF-8 byte order mark, so Excel reads £ and accents right. @defaultValue true */
  bom?: boolean;
  /** Line ends between rows; line breaks inside cells are kept as they are (quoted). @defaultValue "crlf" */
  lineEnding?: "crlf" | "lf";
  /** Field separator. @defaultValue "," */
  delimiter?: "," | ";" | "\t";
  /**
   * Neutralise cells a spreadsheet would run as formulas (text starting with =, +, -, @, tab, CR or
   * LF gets a leading `'`; plain numbers such as -5.5 are left alone). Reading undoes it.
   * @defaultValue true
   */
  escapeFormulas?: boolean;
};

/**
 * How a CSV file is read. Encoding, delimiter and line ends are detected unless given.
 *
 * @example
 * ```ts
 * const options: CsvReadOptions = { encoding: "windows-1252", delimiter: ";" };
 * ```
 */
export type CsvReadOptions = {
  /** `auto` reads a BOM or valid UTF-8 as UTF-8, and anything else as Windows-1252 (older Excel). @defaultValue "auto" */
  encoding?: "auto" | "utf-8" | "windows-1252";
  /** `auto` takes the separator the header row uses most: comma, semicolon or tab. @defaultValue "auto" */
  delimiter?: "auto" | "," | ";" | "\t";
  /** Undo `escapeFormulas`: a `'` before =, +, -, @, tab, CR or LF is removed. @defaultValue true */
  restoreFormulas?: boolean;
  /** The most columns a file may have; a wider file is refused, its rows not read. @defaultValue 1000 */
  maxColumns?: number;
  /** The most characters a cell may hold; a row with a longer cell is left out, with an error. @defaultValue 1,000,000 */
  maxCellLength?: number;
};

/**
 * Which columns a plan CSV has: `canonical` holds every field (themes, actions, rows, flags,
 * progress, extra columns) and reads back exactly; `document` uses the plan's own column labels, as
 * the source document does (themes as heading rows); or give the columns.
 *
 * @example
 * ```ts
 * const layout: PlanCsvLayout = planLayouts["lanarkshire-quarterly-progress"].columns;
 * ```
 */
export type PlanCsvLayout = "canonical" | "document" | readonly Column[];

/**
 * Options for {@link writePlanCsv}.
 *
 * @example
 * ```ts
 * const options: WritePlanCsvOptions = { layout: "document", progress: lanarkshireProgress2010_11Q2 };
 * ```
 */
export type WritePlanCsvOptions = CsvWriteOptions & {
  /** Columns to write. @defaultValue "canonical" */
  layout?: PlanCsvLayout;
  /** A return whose progress goes in the progress columns. */
  progress?: ProgressReturn;
};

/**
 * What a plan CSV cannot say about the plan it holds: its owner, kind and period, and the document
 * parts that are not a table (cover, glossary, chapters). `columns` are the document's own labels;
 * by default they are taken from the header.
 *
 * @example
 * ```ts
 * const meta: PlanMeta = { kind: "action-plan", authority: communityJusticeAuthorities["lothian-borders"], period: { from: "2010-11", to: "2010-11" } };
 * ```
 */
export type PlanMeta = Omit<Plan, "themes" | "columns"> & { columns?: Column[] };

/**
 * Options for {@link readPlanCsv}.
 *
 * @example
 * ```ts
 * const options: ReadPlanCsvOptions = { plan: meta, progress: { authority: meta.authority, period: { kind: "quarter", year: "2010-11", quarter: 2 } } };
 * ```
 */
export type ReadPlanCsvOptions = CsvReadOptions & {
  /** The plan's owner, kind, period and other parts a CSV does not hold. */
  plan: PlanMeta;
  /** The return the progress columns belong to; without it, progress columns are reported and skipped. */
  progress?: Omit<ProgressReturn, "entries">;
  /** The framework bare outcome codes belong to. @defaultValue the plan's `outcomeFramework`, else "nab-2008" */
  framework?: string;
};

/**
 * What reading a plan CSV gives: the plan, and the progress return when the file has progress
 * columns and the `progress` option says which return they are.
 *
 * @example
 * ```ts
 * const read = readPlanCsv(text, options);
 * if (read.ok) console.log(read.value.plan.themes.length, read.value.progress?.entries.length);
 * ```
 */
export type PlanCsv = { plan: Plan; progress?: ProgressReturn };
