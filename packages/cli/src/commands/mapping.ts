import { formatMappingReport, hasErrors, type Issue } from "@cja-kit/core";
import { Command, Option } from "commander";
import { checkInputs } from "../_internal/check-inputs";
import { type Context, printLine } from "../_internal/context";
import { usageError, workError } from "../_internal/failure";
import { helpExamples } from "../_internal/help-examples";
import { inFileOrder } from "../_internal/in-file-order";
import { issueLine } from "../_internal/issue-line";
import { inputFormat, type LoadResult, loadDocument } from "../_internal/load-document";
import { printable } from "../_internal/printable";
import type { ReadContext } from "../_internal/read-context";
import { addReadOptions, kindChoice, type ReadFlags, readContextNoted } from "../_internal/read-options";
import type { Setup } from "../_internal/setup";
import { type ExitCode, exitCodes } from "../exit-codes";

type Flags = ReadFlags & { format: "text" | "json" };

// The heading map needs no owner or years, but the readers take them: when the options do not give
// them, these stand in. They reach no output: only how the table was read is printed.
const STAND_IN: Required<Pick<ReadContext, "authority" | "period" | "title">> = {
  authority: { name: "Not given", kind: "other", councils: [] },
  period: { from: "2010-11", to: "2010-11" },
  title: "Not given",
};

/** Issues about reading the table itself (its encoding, rows, cells and headings), not the document. */
const isReading = (issue: Issue) => /^(table|csv|xlsx)\//.test(issue.code);

/**
 * The line about the issues that are not about reading the table. Checked against the stand-in
 * owner and years they are not the document's own (a date outside 2010-11), so none is counted.
 */
function othersLine(others: number, missing: readonly string[]): string[] {
  if (missing.length > 0)
    return [
      `The document itself was not checked (${missing.join(" and ")} not given): cja-kit validate checks it.`,
    ];
  if (others === 0) return [];
  return [
    `${others} other ${others === 1 ? "issue" : "issues"} about the document itself: cja-kit validate lists them.`,
  ];
}

/** The flags whose values the readers took from the stand-ins, for the kinds that check them. */
function missingOwner(result: LoadResult, given: ReadContext): string[] {
  const owned = result.kind === "plan" || result.kind === "progress-return";
  return [
    owned && given.authority === undefined ? "--authority" : undefined,
    result.kind === "plan" && given.period === undefined ? "--period" : undefined,
  ].filter((flag) => flag !== undefined);
}

function mappingText(result: LoadResult, reading: readonly Issue[], others: string[]): string[] {
  const what = [result.kind, result.format.toUpperCase()].filter((part) => part !== undefined).join(", ");
  return [
    `${result.file}: ${what}`,
    ...(result.report === undefined ? [] : formatMappingReport(result.report).split("\n").map(printable)),
    ...(reading.length === 0 ? [] : ["Issues met reading it:"]),
    ...inFileOrder(reading).map((issue) => `  ${issueLine(result.file, issue)}`),
    ...others,
  ];
}

/** Prints how each heading and row of a table would be read, as the reader itself reports it. */
export async function runMapping(context: Context, file: string, flags: Flags): Promise<ExitCode> {
  if (inputFormat(file) === "json")
    throw usageError(
      "no-headings",
      `${file}: a JSON document has keys, not headings; mapping reads CSV and XLSX files.`,
    );
  const given = readContextNoted(context, flags);
  await checkInputs(context, [file]);
  const result = await loadDocument(context, file, kindChoice(flags), { ...STAND_IN, ...given });
  if (result.kind === "indicator-set")
    throw usageError(
      "no-mapping",
      `${file}: an indicator set is read by its own reader (one row per indicator, a column per period), not by the table import mapping shows; cja-kit validate lists every issue met reading it.`,
    );
  if (result.report === undefined) throw workError("not-a-table", `${file}: was not read as a table.`);
  const reading = result.checked.issues.filter(isReading);
  const others = othersLine(result.checked.issues.length - reading.length, missingOwner(result, given));
  if (flags.format === "json")
    printLine(
      context,
      JSON.stringify(
        { file, format: result.format, kind: result.kind, report: result.report, issues: reading },
        null,
        2,
      ),
    );
  else for (const line of mappingText(result, reading, others)) printLine(context, line);
  return hasErrors(reading) ? exitCodes.errors : exitCodes.ok;
}

/** `cja-kit mapping FILE`. */
export function mappingCommand({ context, finish }: Setup): Command {
  const command = new Command("mapping")
    .summary("show how each heading and row of a CSV or XLSX file would be read")
    .description(
      'Show how a table would be read, as the reader reports it: the heading row and layout; for each column its letter, heading and what it fills (an action field matched by its canonical heading or an alias such as "Work Group/ Chair" for the lead, a theme part, progress, or an extra column kept under its own heading); which rows were theme headings and why, rows above the heading row, blank rows, cells filled from merged cells, actions numbered by position; the tally of cells (every non-empty cell placed or reported); and the issues met reading the table. The kind is told by the headings or given with --kind; give --return-period to read progress columns as progress. Exit code 1 when the table cannot be read.',
    )
    .argument("<file>", "the .csv or .xlsx file");
  addReadOptions(command);
  return command
    .addOption(
      new Option("--format <format>", "text, or JSON for pipelines")
        .choices(["text", "json"])
        .default("text"),
    )
    .addHelpText(
      "after",
      helpExamples([
        ["cja-kit mapping returns-q2.csv", "how each heading and row of a spreadsheet would be read"],
        [
          'cja-kit mapping plan.csv --return-period "2010-11 Q2"',
          "with its progress columns read as the progress of that quarter",
        ],
        [
          "cja-kit mapping plan.csv --kind progress-return --format json",
          "read as a progress return, as JSON",
        ],
      ]),
    )
    .action(async (file: string, flags: Flags) => finish(await runMapping(context, file, flags)));
}
