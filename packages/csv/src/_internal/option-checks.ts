import {
  Authority,
  Column,
  checkTableOptions,
  IndicatorSet,
  Plan,
  ProgressReturn,
  ReportingPeriod,
} from "@cja-kit/core";
import { invalidOption, isObject } from "./arguments";

/** An option: its name, whether a call needs it, what it must be (in words), and the test. */
export type OptionRule = readonly [
  name: string,
  required: boolean,
  expected: string,
  test: (value: unknown) => boolean,
];

const oneOf =
  (...choices: readonly unknown[]) =>
  (value: unknown) =>
    choices.includes(value);
const isBoolean = (value: unknown) => typeof value === "boolean";
const isText = (value: unknown) => typeof value === "string";
const fits =
  (schema: { safeParse(value: unknown): { success: boolean } }) =>
  (value: unknown): boolean =>
    schema.safeParse(value).success;
const choices = (...values: readonly string[]) => `one of ${values.map((v) => JSON.stringify(v)).join(", ")}`;

/** The options of a CSV writer. */
export const writeRules: readonly OptionRule[] = [
  ["bom", false, "true or false", isBoolean],
  ["lineEnding", false, choices("crlf", "lf"), oneOf("crlf", "lf")],
  ["delimiter", false, choices(",", ";", "\t"), oneOf(",", ";", "\t")],
  ["escapeFormulas", false, "true or false", isBoolean],
  ["protectValues", false, "true or false", isBoolean],
];

/** The options of a CSV reader that are its own (core's table options are checked by core's `checkTableOptions`). */
export const readRules: readonly OptionRule[] = [
  ["encoding", false, choices("auto", "utf-8", "windows-1252"), oneOf("auto", "utf-8", "windows-1252")],
  ["delimiter", false, choices("auto", ",", ";", "\t"), oneOf("auto", ",", ";", "\t")],
  ["restoreFormulas", false, "true or false", isBoolean],
];

/** readPlanCsv's own options: the plan's and the return's parts a table does not hold, checked whole. */
export const planReadRules: readonly OptionRule[] = [
  [
    "plan",
    true,
    "the plan's owner, kind and period (a plan without themes; columns optional)",
    fits(/* @__PURE__ */ Plan.omit({ themes: true }).partial({ columns: true })),
  ],
  [
    "progress",
    false,
    "the return's owner and period (a progress return without entries)",
    fits(/* @__PURE__ */ ProgressReturn.omit({ entries: true })),
  ],
  ["framework", false, "a framework id (text)", isText],
];

/** readProgressCsv's and readCommitteeReportCsv's own options. */
export const authorityRules: readonly OptionRule[] = [["authority", true, "an authority", fits(Authority)]];

/** readProgressCsv's own options. */
export const returnsReadRules: readonly OptionRule[] = [
  ...authorityRules,
  ["period", false, "a reporting period", fits(ReportingPeriod)],
  ["planId", false, "a plan id (text)", isText],
];

const indicatorLayout: OptionRule = ["layout", false, choices("wide", "long"), oneOf("wide", "long")];

/** readIndicatorCsv's options. */
export const indicatorReadRules: readonly OptionRule[] = [
  ...readRules,
  [
    "set",
    true,
    "the set's title and authority (an object)",
    fits(/* @__PURE__ */ IndicatorSet.omit({ indicators: true })),
  ],
  indicatorLayout,
];

/** writeIndicatorCsv's options. */
export const indicatorWriteRules: readonly OptionRule[] = [...writeRules, indicatorLayout];

const isLayout = (value: unknown) =>
  value === "canonical" || value === "document" || (Array.isArray(value) && value.every(fits(Column)));

/** writePlanCsv's options. */
export const planWriteRules: readonly OptionRule[] = [
  ...writeRules,
  ["layout", false, '"canonical", "document" or an array of columns', isLayout],
  ["progress", false, "a progress return", fits(ProgressReturn)],
];

/**
 * Checks each option a function knows (a required one must be there; one left out or `undefined`
 * takes its default): a wrong type is `CjaKitError` `usage/invalid-argument` naming the option,
 * never ignored. Options it does not know are left to the type checker.
 */
export function checkOptions(options: unknown, rules: readonly OptionRule[], fn: string): void {
  if (!isObject(options)) return;
  for (const [name, required, expected, test] of rules) {
    const value = options[name];
    if (value === undefined ? required : !test(value)) invalidOption(fn, name, expected, value);
  }
}

/**
 * A reader's checks: its own options by `rules`, then core's table options (`maxColumns`,
 * `headings`…) by core's own check, so they are refused as core's importers refuse them.
 */
export function checkReadOptions(options: unknown, rules: readonly OptionRule[], fn: string): void {
  checkOptions(options, rules, fn);
  checkTableOptions(options, fn);
}
