import { hasErrors, type OutcomeFramework, type RollUp } from "@cja-kit/core";
import { Command, Option } from "commander";
import { checkOutput, writeOutput } from "../_internal/atomic-write";
import { checkInputs } from "../_internal/check-inputs";
import { type Context, pathIn, printLine, sayLine } from "../_internal/context";
import { createdDate } from "../_internal/created-date";
import { dateOption } from "../_internal/date-option";
import type { LoadedDocument } from "../_internal/document";
import { interrupted, usageError } from "../_internal/failure";
import { helpExamples } from "../_internal/help-examples";
import { loadDocument } from "../_internal/load-document";
import { type PlanWithProgress, pairReturns } from "../_internal/pair-returns";
import { printable } from "../_internal/printable";
import { startProgress } from "../_internal/progress";
import type { ReadContext } from "../_internal/read-context";
import { addReadOptions, type ReadFlags, readContext } from "../_internal/read-options";
import { issueReportLines } from "../_internal/report-issues";
import { type RollUpBy, rollUpPlans } from "../_internal/roll-up-plans";
import { rollUpReport } from "../_internal/roll-up-report";
import type { Setup } from "../_internal/setup";
import { type ExitCode, exitCodes } from "../exit-codes";
import { rollUpCsv } from "../formats/csv";
import { docxBytes, renderDocx } from "../formats/docx";
import { fileFormat } from "../formats/file-format";
import { writeXlsx } from "../formats/xlsx";
import { findFramework } from "../lookups/frameworks";

type Flags = Omit<ReadFlags, "framework"> & {
  by: RollUpBy;
  framework?: string;
  out?: string;
  at?: string;
  format: "text" | "json";
  force?: boolean;
};

async function readAll(context: Context, files: readonly string[], read: ReadContext) {
  const progress = startProgress(context, files.length, "Reading");
  const reads: Array<{ file: string; document: LoadedDocument }> = [];
  let failed = 0;
  try {
    for (const file of files) {
      if (context.signal.aborted) throw interrupted();
      const { checked } = await loadDocument(context, file, undefined, read);
      for (const line of issueReportLines(file, checked.issues)) progress.note(line);
      if (checked.ok && !hasErrors(checked.issues)) reads.push({ file, document: checked.value });
      else failed += 1;
      progress.advance(file);
    }
  } finally {
    progress.stop();
  }
  return { reads, failed };
}

function textLines(list: readonly RollUp[], indent = ""): string[] {
  return list.flatMap((r) => [
    printable(`${indent}${r.label}`),
    printable(`${indent}  ${r.total} rows: ${r.because}`),
    ...textLines(r.children ?? [], `${indent}  `),
  ]);
}

// Roll-ups are written as CSV or as a Word report; JSON is printed (--format json).
function outFormat(out: string): "csv" | "docx" {
  const format = fileFormat(out);
  if (format === "xlsx") return writeXlsx(out);
  if (format === "json")
    throw usageError(
      "rollup-json",
      `--out ${out}: roll-ups are written as .csv or .docx; --format json prints them.`,
    );
  return format;
}

async function outputBytes(
  out: string,
  list: RollUp[],
  plans: readonly PlanWithProgress[],
  flags: Flags,
  framework?: OutcomeFramework,
) {
  if (outFormat(out) === "csv") return rollUpCsv(list);
  const report = rollUpReport(list, plans, flags.by, framework);
  return docxBytes(
    renderDocx({ kind: "committee-report", report, letterhead: true }, { created: createdDate() }),
  );
}

async function prepare(context: Context, files: readonly string[], flags: Flags) {
  if (flags.by === "outcome" && flags.framework === undefined)
    throw usageError(
      "missing-framework",
      "--by outcome needs --framework: which outcomes to roll up by (cja-kit frameworks lists them).",
    );
  const framework = flags.framework === undefined ? undefined : findFramework(flags.framework);
  dateOption(flags.at);
  const read = readContext(flags);
  if (flags.out !== undefined) {
    outFormat(flags.out);
    await checkOutput(pathIn(context, flags.out), flags.out, flags.force === true);
  }
  await checkInputs(context, files);
  return { framework, read };
}

/** Rolls plans' progress up by outcome, theme or plan; exit 1 when an input has errors (nothing is rolled up). */
export async function runRollup(context: Context, files: readonly string[], flags: Flags): Promise<ExitCode> {
  const { framework, read } = await prepare(context, files, flags);
  const { reads, failed } = await readAll(context, files, read);
  if (failed > 0) {
    sayLine(context, `not rolled up: ${failed} of ${files.length} files have errors.`);
    return exitCodes.errors;
  }
  const plans = pairReturns(reads);
  const list = rollUpPlans(plans, {
    by: flags.by,
    ...(framework === undefined ? {} : { framework }),
    ...(flags.at === undefined ? {} : { at: flags.at }),
  });
  if (flags.format === "json") printLine(context, JSON.stringify(list, null, 2));
  else if (flags.out === undefined) for (const line of textLines(list)) printLine(context, line);
  if (flags.out !== undefined) {
    const data = await outputBytes(flags.out, list, plans, flags, framework);
    await writeOutput(pathIn(context, flags.out), flags.out, data, {
      force: flags.force === true,
      signal: context.signal,
    });
    sayLine(context, `wrote ${flags.out}`);
  }
  return exitCodes.ok;
}

/** `cja-kit rollup FILE…`. */
export function rollupCommand({ context, finish }: Setup): Command {
  const command = new Command("rollup")
    .summary("roll plans' progress up by outcome, theme or plan")
    .description(
      "Rate every action of the plans given at their returns' dates (or --at) and roll the ratings up by the outcomes of a framework (each action's outcome references mapped into it), by theme, or by plan; each rating says why and which actions decided it. A return goes with the plan whose id it names, or with the only plan given. Printed as text, or written as CSV or a Word report with --out.",
    )
    .argument("<files...>", "plans (with their progress) and progress returns");
  addReadOptions(command, { kind: true, framework: true });
  return command
    .addOption(
      new Option("--by <group>", "what to roll up by")
        .choices(["outcome", "theme", "plan"])
        .default("outcome"),
    )
    .option("--framework <id>", "the framework to roll up by, for --by outcome, e.g. nab-2008")
    .option("--at <date>", "the date to rate at (default: each return's date or period end), YYYY-MM-DD")
    .option("--out <file>", "write the roll-up as .csv or .docx (or .xlsx)")
    .addOption(
      new Option("--format <format>", "print as text, or as JSON for pipelines")
        .choices(["text", "json"])
        .default("text"),
    )
    .option("--force", "replace the output if it exists")
    .addHelpText(
      "after",
      helpExamples([
        [
          "cja-kit rollup lothian-plan.json lothian-year-2.json --framework nab-2008",
          "one plan by the 14 national outcomes, as text",
        ],
        [
          "cja-kit rollup plans/*.json returns/*.json --by outcome --framework nab-2008 --out outcomes.docx",
          "several plans and returns as a Word report to the board",
        ],
        ["cja-kit rollup plan.json q2.json --by theme --out themes.csv", "by theme, for a spreadsheet"],
      ]),
    )
    .action(async (files: string[], flags: Flags) => finish(await runRollup(context, files, flags)));
}
