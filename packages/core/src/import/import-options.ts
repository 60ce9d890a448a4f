import type { Authority } from "../authority/authority";
import type { ReportingPeriod } from "../period/reporting-period";
import type { Column } from "../plan/column";
import type { Plan } from "../plan/plan";
import type { ProgressReturn } from "../progress/progress-return";

/**
 * How any table is read, whatever it holds: limits, what to do with headings no field is known
 * by, how to treat cells a spreadsheet merged, and the caller's own reading of headings.
 *
 * @example
 * ```ts
 * const options: TableReadOptions = { headings: { Aim: "Theme 1 title", "Priority action": "Theme 2 title" } };
 * ```
 */
export type TableReadOptions = {
  /**
   * The caller's reading of headings, heading → what it means: a field (`"title"`, `"lead"`), a
   * canonical heading (`"Theme 1 title"`, `"Flag: area-plan-2011-14"`), any heading the
   * library knows (`"Lead Officer"`), or `"extra"` to keep the column as it is. Headings are
   * compared ignoring case, spacing, punctuation and plurals. It wins over everything else.
   */
  headings?: Readonly<Record<string, string>>;
  /** A heading no field is known by: `keep` its column as an extra column (a warning), or `error`. @defaultValue "keep" */
  unknownColumns?: "keep" | "error";
  /**
   * A new action whose row cells are all empty, under an action that has them: `fill` takes them
   * from the action above (a merged cell saved as CSV keeps its value in its first row only), with
   * an info issue naming the rows; `keep-empty` leaves them empty.
   * @defaultValue "fill"
   */
  mergedCells?: "fill" | "keep-empty";
  /** The most cells a record may have; a wider header is refused, a wider row read up to it. @defaultValue 1000 */
  maxColumns?: number;
  /** The most characters a cell may hold; a row with a longer cell is left out, with an error. @defaultValue 1,000,000 */
  maxCellLength?: number;
};

/**
 * What a table cannot say about the plan it holds: its owner, kind and period, and the document
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
 * Options for importing a plan from records ({@link planFromRecords}).
 *
 * @example
 * ```ts
 * const options: PlanImportOptions = { plan: meta, progress: { authority: meta.authority, period: { kind: "quarter", year: "2010-11", quarter: 2 } } };
 * ```
 */
export type PlanImportOptions = TableReadOptions & {
  /** The plan's owner, kind, period and other parts a table does not hold. */
  plan: PlanMeta;
  /** The return the progress columns belong to; without it, progress columns are kept as extra columns, with a warning. */
  progress?: Omit<ProgressReturn, "entries">;
  /** The framework bare outcome codes belong to. @defaultValue the plan's `outcomeFramework`, else "nab-2008" */
  framework?: string;
};

/**
 * Options for importing progress returns from records ({@link returnsFromRecords}).
 *
 * @example
 * ```ts
 * const options: ReturnsImportOptions = { authority: communityJusticeAuthorities.lanarkshire, period: { kind: "quarter", year: "2010-11", quarter: 2 } };
 * ```
 */
export type ReturnsImportOptions = TableReadOptions & {
  /** Whose returns the rows are. */
  authority: Authority;
  /** The period of rows with no Period column or an empty Period cell. */
  period?: ReportingPeriod;
  /** The plan of rows with no Plan column or an empty Plan cell. */
  planId?: string;
};

/**
 * Options for importing a committee report from records ({@link reportFromRecords}).
 *
 * @example
 * ```ts
 * const options: ReportImportOptions = { authority: communityJusticeAuthorities.lanarkshire };
 * ```
 */
export type ReportImportOptions = TableReadOptions & {
  /** Whose report it is. */
  authority: Authority;
};

/**
 * What importing a plan gives: the plan, and the progress return when the table has progress
 * columns and the `progress` option says which return they are.
 *
 * @example
 * ```ts
 * const read = planFromRecords(records, options);
 * if (read.ok) console.log(read.value.plan.themes.length, read.value.progress?.entries.length);
 * ```
 */
export type PlanImport = { plan: Plan; progress?: ProgressReturn };

/** Limits and policies with every default applied. */
export type TableSettings = Required<Omit<TableReadOptions, "headings">> & {
  headings: ReadonlyMap<string, string>;
};
