import {
  type ActionAssessment,
  hasErrors,
  type Issue,
  type OutcomeFramework,
  type RollUp,
} from "@cja-kit/core";
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
import { addReadOptions, type ReadFlags, readContextNoted } from "../_internal/read-options";
import { issueReportLines, reportIssues } from "../_internal/report-issues";
import { rollUpLines, ruleLine, sourceLines } from "../_internal/roll-up-lines";
import { type RollUpFlags, rollUpOptions, ruleNames } from "../_internal/roll-up-options";
import { type RollUpBy, rollUpPlans } from "../_internal/roll-up-plans";
import { rollUpReport } from "../_internal/roll-up-report";
import type { Setup } from "../_internal/setup";
import { type ExitCode, exitCodes } from "../exit-codes";
import { rollUpCsv } from "../formats/csv";
import { docxBytes, renderRollUpDocx } from "../formats/docx";
import { fileFormat } from "../formats/file-format";
import { rollUpXlsx } from "../formats/xlsx";
import { findFramework } from "../lookups/frameworks";

type Flags = Omit<ReadFlags, "framework"> &
  RollUpFlags & {
    by: RollUpBy;
    framework?: string;
    out?: string;
    at?: string;
    format: "text" | "json";
    force?: boolean;
  };

type Made = ReturnType<typeof rollUpOptions>;

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

// Roll-ups are written as CSV, XLSX or a Word report; JSON is printed (--format json).
function outFormat(out: string): "csv" | "xlsx" | "docx" {
  const format = fileFormat(out);
  if (format === "json")
    throw usageError(
      "rollup-json",
      `--out ${out}: roll-ups are written as .csv, .xlsx or .docx; --format json prints them.`,
    );
  return format;
}

type Written = { data: string | Uint8Array; issues: Issue[] };

async function output(
  out: string,
  list: RollUp[],
  plans: readonly PlanWithProgress[],
  how: { by: RollUpBy; made: Made; framework?: OutcomeFramework },
): Promise<Written> {
  const format = outFormat(out);
  if (format === "csv") {
    const { text, issues } = rollUpCsv(list);
    return { data: text, issues };
  }
  if (format === "xlsx") {
    const { bytes, issues } = rollUpXlsx(out, list, createdDate());
    return { data: bytes, issues };
  }
  const rendered = renderRollUpDocx(rollUpReport(plans, how.by, how.framework), list, {
    created: createdDate(),
    rollUp: how.made,
    ...(how.framework === undefined ? {} : { framework: how.framework }),
  });
  return { data: await docxBytes(rendered), issues: rendered.issues };
}

// Named as core's roll-ups name actions: the row only where an action has several.
const actionName = (a: ActionAssessment) =>
  a.row === undefined || a.located.action.rows.length < 2
    ? a.actionNumber
    : `${a.actionNumber} (row ${a.row + 1})`;

/** Names the actions no group of a roll-up by outcome counts, so none is left out unsaid. */
function outsideLine(outside: readonly ActionAssessment[], framework: OutcomeFramework): string {
  const shown = outside.slice(0, 10).map(actionName);
  const more = outside.length > shown.length ? ` and ${outside.length - shown.length} more` : "";
  const [what, them, refs] =
    outside.length === 1
      ? ["1 rated action serves", "it", "it an outcome reference"]
      : [`${outside.length} rated actions serve`, "them", "them outcome references"];
  return printable(
    `note: ${what} no outcome of ${framework.id} (no outcome reference, or none that maps into it), so no outcome's group counts ${them}: ${shown.join(", ")}${more}. Give ${refs} (an "Outcome refs" column), or roll up --by plan or --by theme.`,
  );
}

function printText(context: Context, list: readonly RollUp[], made: Made): void {
  for (const line of [ruleLine(made), ...sourceLines(list), "", ...rollUpLines(list)])
    printLine(context, line);
}

async function prepare(context: Context, files: readonly string[], flags: Flags) {
  if (flags.by === "outcome" && flags.framework === undefined)
    throw usageError(
      "missing-framework",
      "--by outcome needs --framework: which outcomes to roll up by (cja-kit frameworks lists them).",
    );
  const framework = flags.framework === undefined ? undefined : findFramework(flags.framework);
  const made = rollUpOptions(flags);
  dateOption(flags.at);
  const read = readContextNoted(context, flags);
  if (flags.out !== undefined) {
    outFormat(flags.out);
    await checkOutput(pathIn(context, flags.out), flags.out, flags.force === true);
  }
  await checkInputs(context, files);
  return { framework, read, made };
}

/** Rolls plans' progress up by outcome, theme or plan; exit 1 when an input has errors (nothing is rolled up). */
export async function runRollup(context: Context, files: readonly string[], flags: Flags): Promise<ExitCode> {
  const { framework, read, made } = await prepare(context, files, flags);
  const { reads, failed } = await readAll(context, files, read);
  if (failed > 0) {
    sayLine(context, `not rolled up: ${failed} of ${files.length} files have errors.`);
    return exitCodes.errors;
  }
  const plans = pairReturns(reads);
  const { list, outside } = rollUpPlans(plans, {
    by: flags.by,
    rollUp: made,
    ...(framework === undefined ? {} : { framework }),
    ...(flags.at === undefined ? {} : { at: flags.at }),
  });
  if (outside.length > 0 && framework !== undefined) sayLine(context, outsideLine(outside, framework));
  if (flags.format === "json") printLine(context, JSON.stringify(list, null, 2));
  else if (flags.out === undefined) printText(context, list, made);
  if (flags.out !== undefined) {
    const { data, issues } = await output(flags.out, list, plans, {
      by: flags.by,
      made,
      ...(framework === undefined ? {} : { framework }),
    });
    reportIssues(context, flags.out, issues);
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
      "Rate every action of the plans given at their returns' dates (or --at) and roll the ratings up by the outcomes of a framework (each action's outcome references mapped into it), by theme, or by plan: each group's rating by the rule chosen, its counts, how many of its actions were rated (a group under --min-coverage is not rated, or is flagged), the returns and the dates they were assessed at, and why, with the actions that decided it. A return goes with the plan whose id it names, or with the only plan given. Printed as text or JSON, or written as CSV, XLSX or a Word report to a board with --out.",
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
    .addOption(
      new Option(
        "--rule <rule>",
        "how a group's rating follows from its actions': the worst, the majority, by share of red and amber, or the returns' own ratings only",
      )
        .choices(ruleNames)
        .default("worst-of"),
    )
    .option(
      "--red-share <percent>",
      "with --rule share: red when at least this share of the rated actions is red (default 25%)",
    )
    .option(
      "--amber-share <percent>",
      "with --rule share: amber when at least this share is red or amber (default 50%)",
    )
    .option(
      "--min-coverage <percent>",
      "the share of a group's actions that must be rated to rate it (default 50%)",
    )
    .addOption(
      new Option("--below-coverage <what>", "a group under --min-coverage: not rated, or rated and flagged")
        .choices(["decline", "flag"])
        .default("decline"),
    )
    .option("--out <file>", "write the roll-up as .csv, .xlsx or a Word report (.docx)")
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
        [
          "cja-kit rollup plan.json q2.json --framework nab-2008 --rule majority --min-coverage 75%",
          "by the rating most actions have, rating only outcomes with three quarters of their actions rated",
        ],
      ]),
    )
    .action(async (files: string[], flags: Flags) => finish(await runRollup(context, files, flags)));
}
