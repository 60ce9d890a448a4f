import {
  type ActionAssessment,
  type Authority,
  assessPlan,
  hasErrors,
  type OutcomeFramework,
  type RollUp,
  rollUp,
  rollUpByOutcome,
  rollUpByTheme,
} from "@cja-kit/core";
import { Command, Option } from "commander";
import { checkOutput, writeOutput } from "../_internal/atomic-write";
import { checkInputs } from "../_internal/check-inputs";
import { type Context, pathIn, printLine, sayLine } from "../_internal/context";
import { createdDate } from "../_internal/created-date";
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
import { rollUpReport } from "../_internal/roll-up-report";
import type { Setup } from "../_internal/setup";
import { type ExitCode, exitCodes } from "../exit-codes";
import { rollUpCsv } from "../formats/csv";
import { docxBytes, renderDocx } from "../formats/docx";
import { fileFormat } from "../formats/file-format";
import { writeXlsx } from "../formats/xlsx";
import { findFramework } from "../lookups/frameworks";

type By = "outcome" | "theme" | "plan";
type Flags = Omit<ReadFlags, "framework"> & {
  by: By;
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

function assess(
  plans: readonly PlanWithProgress[],
  at: string | undefined,
): Array<{ entry: PlanWithProgress; assessments: ActionAssessment[] }> {
  return plans.map((entry) => {
    if (entry.progress === undefined && at === undefined)
      throw usageError(
        "no-reporting-date",
        `${entry.file}: the plan has no progress return, so there is no date to rate it at: give its return, or --at YYYY-MM-DD.`,
      );
    return { entry, assessments: assessPlan(entry.plan, entry.progress, at === undefined ? {} : { at }) };
  });
}

function planLabel(entry: PlanWithProgress): string {
  return `${entry.plan.title ?? entry.file} (${entry.plan.authority.name})`;
}

function rollUps(
  assessed: ReturnType<typeof assess>,
  by: By,
  framework: OutcomeFramework | undefined,
): RollUp[] {
  if (by === "outcome" && framework !== undefined)
    return rollUpByOutcome(
      assessed.flatMap((a) => a.assessments),
      { framework: framework.id },
    );
  return assessed.map(({ entry, assessments }) => ({
    ...rollUp(`plan:${entry.plan.id ?? entry.file}`, planLabel(entry), assessments),
    ...(by === "theme" ? { children: rollUpByTheme(entry.plan.themes, assessments) } : {}),
  }));
}

function authorityOf(plans: readonly PlanWithProgress[]): Authority {
  const names = [...new Set(plans.map((p) => p.plan.authority.name))];
  const [first] = plans;
  return names.length === 1 && first !== undefined
    ? first.plan.authority
    : { name: names.join(" and "), kind: "other", councils: [] };
}

function reportWords(by: By, framework: OutcomeFramework | undefined): { subject: string; purpose: string } {
  if (by === "outcome" && framework !== undefined)
    return {
      subject: `Progress by the outcomes of the ${framework.title}`,
      purpose: `To show, for each outcome of the ${framework.title}, how the actions that serve it stand, and why.`,
    };
  return by === "theme"
    ? {
        subject: "Progress by theme",
        purpose: "To show, for each theme of the plans, how its actions stand, and why.",
      }
    : { subject: "Progress by plan", purpose: "To show how the actions of each plan stand, and why." };
}

function textLines(list: readonly RollUp[], indent = ""): string[] {
  return list.flatMap((r) => [
    printable(`${indent}${r.label}`),
    printable(`${indent}  ${r.total} rows: ${r.because}`),
    ...textLines(r.children ?? [], `${indent}  `),
  ]);
}

async function outputBytes(
  out: string,
  list: RollUp[],
  plans: readonly PlanWithProgress[],
  flags: Flags,
  framework?: OutcomeFramework,
) {
  switch (fileFormat(out)) {
    case "csv":
      return rollUpCsv(list);
    case "docx": {
      const report = rollUpReport(list, authorityOf(plans), reportWords(flags.by, framework), framework);
      return docxBytes(
        renderDocx({ kind: "committee-report", report, letterhead: true }, { created: createdDate() }),
      );
    }
    case "xlsx":
      return writeXlsx(out);
    case "json":
      throw usageError(
        "rollup-json",
        `--out ${out}: roll-ups are written as .csv or .docx; --format json prints them.`,
      );
  }
}

async function prepare(context: Context, files: readonly string[], flags: Flags) {
  if (flags.by === "outcome" && flags.framework === undefined)
    throw usageError(
      "missing-framework",
      "--by outcome needs --framework: which outcomes to roll up by (cja-kit frameworks lists them).",
    );
  const framework = flags.framework === undefined ? undefined : findFramework(flags.framework);
  if (flags.at !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.at))
    throw usageError(
      "bad-date",
      `--at "${flags.at}" is not a date: write it as YYYY-MM-DD, e.g. 2010-09-30.`,
    );
  const read = readContext(flags);
  if (flags.out !== undefined) {
    if (fileFormat(flags.out) === "xlsx") writeXlsx(flags.out);
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
  const list = rollUps(assess(plans, flags.at), flags.by, framework);
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
