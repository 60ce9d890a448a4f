import { hasErrors, type Issue, type MappingReport } from "@cja-kit/core";
import { Command, Option } from "commander";
import { checkInputs } from "../_internal/check-inputs";
import { type Context, printLine, sayLine } from "../_internal/context";
import type { KindChoice } from "../_internal/document";
import { interrupted } from "../_internal/failure";
import { helpExamples } from "../_internal/help-examples";
import { inFileOrder } from "../_internal/in-file-order";
import { countsText, type IssueCounts, issueCounts } from "../_internal/issue-counts";
import { issueLine } from "../_internal/issue-line";
import { type LoadResult, loadDocument } from "../_internal/load-document";
import { type Progress, startProgress } from "../_internal/progress";
import type { ReadContext } from "../_internal/read-context";
import { addReadOptions, kindChoice, type ReadFlags, readContextNoted } from "../_internal/read-options";
import type { Setup } from "../_internal/setup";
import { type ExitCode, exitCodes } from "../exit-codes";

type Flags = ReadFlags & { format: "text" | "json" };

/** A file's result, as `--format json` prints it: for a table, with the reader's mapping report. */
type FileReport = IssueCounts & {
  file: string;
  format: string;
  kind?: string;
  ok: boolean;
  issues: Issue[];
  mapping?: MappingReport;
};

function fileReport(result: LoadResult): FileReport {
  const { issues } = result.checked;
  const ok = result.checked.ok && !hasErrors(issues);
  return {
    file: result.file,
    format: result.format,
    ...(result.kind === undefined ? {} : { kind: result.kind }),
    ok,
    ...issueCounts(issues),
    issues,
    ...(result.report === undefined ? {} : { mapping: result.report }),
  };
}

function reportLines(report: FileReport): string[] {
  const what = [report.kind, report.format.toUpperCase()].filter((part) => part !== undefined).join(", ");
  const counts = countsText(report);
  return [
    ...inFileOrder(report.issues).map((issue) => issueLine(report.file, issue)),
    `${report.file}: ${what}: ${counts}`,
  ];
}

type Reading = { choice: KindChoice | undefined; read: ReadContext };

async function checkFiles(
  context: Context,
  files: readonly string[],
  flags: Flags,
  reading: Reading,
  progress: Progress,
) {
  const { choice, read } = reading;
  const reports: FileReport[] = [];
  for (const file of files) {
    if (context.signal.aborted) break;
    const report = fileReport(await loadDocument(context, file, choice, read));
    reports.push(report);
    if (flags.format === "text") for (const line of reportLines(report)) progress.print(line);
    progress.advance(file);
  }
  return reports;
}

function summary(reports: readonly FileReport[]) {
  const failed = reports.filter((report) => !report.ok).length;
  const sum = (key: keyof IssueCounts) => reports.reduce((total, report) => total + report[key], 0);
  return {
    ok: failed === 0,
    files: reports.length,
    failed,
    errors: sum("errors"),
    warnings: sum("warnings"),
    infos: sum("infos"),
  };
}

/** Checks each file and prints its issues; exit 0 when no file has an error, 1 otherwise. */
export async function runValidate(
  context: Context,
  files: readonly string[],
  flags: Flags,
): Promise<ExitCode> {
  const reading = { choice: kindChoice(flags), read: readContextNoted(context, flags) };
  await checkInputs(context, files);
  const progress = startProgress(context, files.length, "Checking");
  const reports = await checkFiles(context, files, flags, reading, progress).finally(() => progress.stop());
  if (context.signal.aborted) {
    sayLine(context, `Stopped after ${reports.length} of ${files.length} files.`);
    throw interrupted();
  }
  const total = summary(reports);
  if (flags.format === "json") printLine(context, JSON.stringify({ ...total, reports }, null, 2));
  else if (files.length > 1)
    printLine(context, `${total.files} files: ${total.failed} with errors; ${countsText(total)}`);
  return total.ok ? exitCodes.ok : exitCodes.errors;
}

/** `cja-kit validate FILE…`. */
export function validateCommand({ context, finish }: Setup): Command {
  const command = new Command("validate")
    .summary("check plans, progress returns and reports; list every issue with its place")
    .description(
      "Check plans (action, implementation, outcome improvement and delivery plans), progress returns and updates, committee reports, indicator sets, annual performance reports and annual returns in CSV, XLSX or JSON: every problem is listed with its file, row and column. The kind of document is read from the file (a JSON document names it; a table is told by its headings) or given with --kind. With --format json each table's file also carries the reader's mapping report. Exit code 0 when no file has an error, 1 when one does, 2 when the command is given wrongly.",
    )
    .argument("<files...>", "the files to check")
    .addOption(
      new Option("--format <format>", "text lines, or one JSON document for pipelines")
        .choices(["text", "json"])
        .default("text"),
    );
  addReadOptions(command);
  return command
    .addHelpText(
      "after",
      helpExamples([
        ["cja-kit validate action-plan-2010-11.json", "check a JSON plan"],
        [
          'cja-kit validate wd-action-plan.csv --authority "West Dunbartonshire" --period 2017-18 --kind outcome-improvement-plan',
          "check a partnership's outcome improvement plan kept as CSV",
        ],
        [
          'cja-kit validate returns/*.csv --authority lanarkshire --period 2010-11 --return-period "2010-11 Q2"',
          "check every CSV plan of a folder, with their progress",
        ],
        [
          "cja-kit validate plan.json --format json | jq '.reports[].issues[]'",
          "issues as JSON for a pipeline",
        ],
      ]),
    )
    .action(async (files: string[], flags: Flags) => finish(await runValidate(context, files, flags)));
}
