import type { Issue } from "../issue/issue";
import type { Column } from "../plan/column";
import type { HeadingMap } from "./column-role";
import type { HeadingMatcher } from "./heading-role";
import type { PlanImportOptions, TableSettings } from "./import-options";
import type { MappingReport } from "./mapping-report";
import type { SourceRecord } from "./source-record";
import { type ThemeStack, themeStack } from "./theme-stack";

/** What reading a plan table keeps between rows. */
export type PlanState = {
  options: PlanImportOptions;
  settings: TableSettings;
  matcher: HeadingMatcher;
  framework: string;
  councils: ReadonlySet<string>;
  progressOn: boolean;
  stack: ThemeStack;
  labelKinds: string[];
  map?: HeadingMap;
  /** Keys of columns with a non-empty cell. */
  used: Set<string>;
  /** The row waiting for the next one (a first cell alone is shaped with one row of look-ahead). */
  pending?: SourceRecord;
  itemAbove: boolean;
  /** The last row that started an action: the source of cells a merged block left empty. */
  lastStart?: SourceRecord;
  /** Vertical merges a source gave (XLSX), by column: the text and the last row they cover. */
  spans: Map<number, { text: string; until: number; from: number }>;
  /** Each theme level's last cells (part, text, …) and the key made of them: theme cells repeat on every row of a canonical table. */
  themeKeys: Map<number, { cells: readonly string[]; key: string }>;
  sawSpans: boolean;
  firstRow: Map<string, number>;
  explicit: Set<string>;
  prose: Map<string, { prose: number; numbers: number }>;
  planColumns?: { columns: Column[]; row: number };
  headings: Array<MappingReport["rows"]["headings"][number]>;
  /** How many rows under the heading row held something: a table of them with no action is said to be one. */
  dataRows: number;
  filled: Array<MappingReport["rows"]["filled"][number]>;
  issues: Issue[];
};

/** Councils named in a plan's authority, by name and abbreviation, lower case. */
function councilsOf(options: PlanImportOptions): Set<string> {
  return new Set(
    (options.progress?.authority ?? options.plan.authority).councils
      .flatMap((c) => [c.name, c.abbreviation ?? ""])
      .filter((n) => n.length > 0)
      .map((n) => n.toLowerCase()),
  );
}

/** A fresh state for one plan table. */
export function planState(
  options: PlanImportOptions,
  settings: TableSettings,
  matcher: HeadingMatcher,
): PlanState {
  return {
    options,
    settings,
    matcher,
    framework: options.framework ?? options.plan.outcomeFramework ?? "nab-2008",
    councils: councilsOf(options),
    progressOn: options.progress !== undefined,
    stack: themeStack(),
    labelKinds: [],
    itemAbove: false,
    used: new Set(),
    spans: new Map(),
    themeKeys: new Map(),
    sawSpans: false,
    firstRow: new Map(),
    explicit: new Set(),
    prose: new Map(),
    headings: [],
    dataRows: 0,
    filled: [],
    issues: [],
  };
}
