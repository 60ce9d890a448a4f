import type { IndicatorSet, Plan, ProgressReturn, RollUp } from "@cja-kit/core";
import { periodText } from "./period-text";
import type { Cell, SheetSpec } from "./sheet-model";

/** What a workbook holds, for its README sheet. */
export type WorkbookSources = {
  title: string;
  plan?: Plan;
  returns: readonly ProgressReturn[];
  indicators: readonly IndicatorSet[];
  rollUps: readonly RollUp[];
  created?: string;
};

const SHEET_WORDS: Readonly<Record<string, string>> = {
  Plan: "The plan's actions, one row per row of each action, under their themes, in the plan's own columns.",
  Progress:
    "Progress reported on each action: the narrative, the status as reported and as read, % complete and ratings.",
  Indicators:
    "Performance indicators: targets and values as numbers in their units, and whether each target is met.",
  "Roll-up": "Ratings rolled up by group, with the counts behind each and the actions that decided it.",
};

const NOTES = [
  "Text is stored as text: an action number such as 1.10, a period such as 2010-11 and a timescale such as July 2008 stay as written.",
  "Dates are dates, money is in pounds and percentages are percentages, so they sort and add up.",
  "Each table's header row is frozen and filtered, and printed at the top of every page.",
  "Status and RAG cells offer a list of the values allowed. RAG cells name the rating in words and are coloured by it: colour is never the only signal.",
];

const row = (label: string, value: string | undefined): Array<Cell | undefined> => [
  { kind: "label", text: label },
  value === undefined || value.length === 0 ? undefined : { kind: "text", text: value },
];

function sourceRows(sources: WorkbookSources): Array<Array<Cell | undefined>> {
  const { plan } = sources;
  return [
    ...(plan === undefined
      ? []
      : [
          row(
            "Plan",
            [plan.title, plan.authority.name, `${plan.period.from} to ${plan.period.to}`]
              .filter(Boolean)
              .join(", "),
          ),
        ]),
    ...sources.returns.map((r) =>
      row("Return", [r.title, r.authority.name, periodText(r.period)].filter(Boolean).join(", ")),
    ),
    ...sources.indicators.map((set) => row("Indicators", `${set.title}, ${set.authority.name}`)),
    ...(sources.rollUps.length === 0 ? [] : [row("Roll-up", `${sources.rollUps.length} groups`)]),
  ];
}

/**
 * The README sheet: the workbook's title, each sheet with what it holds and how many rows, where
 * the data comes from, when it was written, and how to read the sheets.
 */
export function readmeSheet(sources: WorkbookSources, sheets: readonly SheetSpec[]): SheetSpec {
  const created = sources.created?.slice(0, 10);
  return {
    name: "README",
    table: false,
    columns: [
      { label: "", width: 18 },
      { label: "", width: 100 },
    ],
    rows: [
      [{ kind: "title", text: sources.title }],
      [],
      [
        { kind: "label", text: "Sheet" },
        { kind: "label", text: "What it holds" },
      ],
      ...sheets.map((sheet) =>
        row(sheet.name, `${SHEET_WORDS[sheet.name] ?? ""} ${sheet.rows.length} rows.`.trim()),
      ),
      [],
      [{ kind: "label", text: "From" }],
      ...sourceRows(sources),
      ...(created === undefined
        ? []
        : [[{ kind: "label", text: "Written on" } as Cell, { kind: "date", date: created } as Cell]]),
      [],
      [{ kind: "label", text: "Reading it" }],
      ...NOTES.map((note) => [undefined, { kind: "text", text: note } as Cell]),
      [undefined, { kind: "text", text: "Written by cja-kit (@cja-kit/xlsx)." }],
    ],
  };
}
