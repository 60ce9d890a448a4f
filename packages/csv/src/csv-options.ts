import type {
  Column,
  IndicatorSet,
  PlanImport,
  PlanImportOptions,
  ProgressReturn,
  TableReadOptions,
} from "@cja-kit/core";

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
   * Neutralise cells a spreadsheet would run as formulas: text starting with =, +, -, @ (or their
   * full-width forms ＝ ＋ － ＠, after any spaces or invisible characters), tab, CR or LF gets a
   * leading `'`, as does such a start after a `,`, a `;` or a line break inside a cell; plain
   * numbers such as -5.5 are left alone. Reading undoes it.
   * @defaultValue true
   */
  escapeFormulas?: boolean;
  /**
   * Keep as text the values a spreadsheet would turn into numbers or dates when it opens the file
   * (`1.10` → `1.1`, `04` → `4`, `2010-11` → `Nov-10`, `July 2008` → a day in July): each gets a
   * leading `'`, which LibreOffice Calc shows and keeps, Excel takes as its mark for text, and
   * reading removes. The trade-off: in LibreOffice, and in any program that is not a spreadsheet,
   * the `'` shows in the cell. Needs `escapeFormulas`.
   * @defaultValue `true` for {@link writePlanCsv}'s document layout, else `false`
   */
  protectValues?: boolean;
};

/**
 * How a CSV file is read. Encoding, delimiter and line ends are detected unless given; the
 * table options (`headings`, `unknownColumns`, `mergedCells`, `maxColumns`, `maxCellLength`) are
 * core's, shared with every reader of tables.
 *
 * @example
 * ```ts
 * const options: CsvReadOptions = { encoding: "windows-1252", delimiter: ";", headings: { "Lead Partner": "lead" } };
 * ```
 */
export type CsvReadOptions = TableReadOptions & {
  /**
   * `auto`: a UTF-16 byte order mark means UTF-16; otherwise UTF-8 where the bytes are UTF-8, and
   * any byte that is not read as Windows-1252 (older Excel), with a note or a warning naming the
   * lines. `utf-8`: bad bytes become U+FFFD, with a warning. `windows-1252`: every byte as Windows-1252.
   * @defaultValue "auto"
   */
  encoding?: "auto" | "utf-8" | "windows-1252";
  /** `auto` honours an Excel `sep=;` first line, else takes comma, semicolon or tab from the first lines. @defaultValue "auto" */
  delimiter?: "auto" | "," | ";" | "\t";
  /**
   * Undo `escapeFormulas` and `protectValues`: one `'` is removed before a formula start and before
   * a value a spreadsheet would rewrite, in every cell and heading.
   * @defaultValue true
   */
  restoreFormulas?: boolean;
};

/**
 * Which columns a plan CSV has: `canonical` holds every field (themes, the plan's column labels,
 * actions, rows, flags, progress, extra columns) and reads back exactly; `document` uses the plan's
 * own column labels, as the source document does (themes as heading rows, or theme columns where
 * numbering cannot show the nesting); or give the columns.
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

export type { PlanMeta } from "@cja-kit/core";

/**
 * Options for {@link readPlanCsv}: the plan's owner, kind and period (a CSV does not say), the
 * return progress columns belong to, the framework of bare outcome codes, and how to read the file.
 *
 * @example
 * ```ts
 * const options: ReadPlanCsvOptions = { plan: meta, progress: { authority: meta.authority, period: { kind: "quarter", year: "2010-11", quarter: 2 } } };
 * ```
 */
export type ReadPlanCsvOptions = CsvReadOptions & PlanImportOptions;

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
export type PlanCsv = PlanImport;

/**
 * Which indicator table a CSV holds: `wide`, one row per indicator and one column per period, or
 * `long`, one row per indicator per period with Period and Value columns.
 *
 * @example
 * ```ts
 * const layout: IndicatorCsvLayout = "long";
 * ```
 */
export type IndicatorCsvLayout = "wide" | "long";

/**
 * How {@link writeIndicatorCsv} writes: the table (`wide` by default) and how the file is written.
 *
 * @example
 * ```ts
 * const options: WriteIndicatorCsvOptions = { layout: "long", bom: false };
 * ```
 */
export type WriteIndicatorCsvOptions = CsvWriteOptions & { layout?: IndicatorCsvLayout };

/**
 * How {@link readIndicatorCsv} reads: the set the indicators belong to (its title, body, period and
 * source are not in the table), the table (found from the headings unless given: `long` where
 * there are Period and Value columns), and how the file is read.
 *
 * @example
 * ```ts
 * const options: ReadIndicatorCsvOptions = { set: { title: "Orders commenced", authority: scottishGovernment } };
 * ```
 */
export type ReadIndicatorCsvOptions = Omit<CsvReadOptions, "headings" | "unknownColumns" | "mergedCells"> & {
  set: Omit<IndicatorSet, "indicators">;
  layout?: IndicatorCsvLayout;
};
