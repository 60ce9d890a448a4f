import type { Issue } from "@cja-kit/core";
import { Command } from "commander";
import { checkOutput, writeOutput } from "../_internal/atomic-write";
import { attachProgress } from "../_internal/attach-progress";
import { checkInputs } from "../_internal/check-inputs";
import { type Context, pathIn, sayLine } from "../_internal/context";
import { createdDate } from "../_internal/created-date";
import type { LoadedDocument } from "../_internal/document";
import { docxColumns } from "../_internal/docx-columns";
import { usageError } from "../_internal/failure";
import { helpExamples } from "../_internal/help-examples";
import { loadOrReport } from "../_internal/load-or-report";
import { addReadOptions, kindChoice, type ReadFlags, readContextNoted } from "../_internal/read-options";
import { renderSource } from "../_internal/render-source";
import { reportIssues } from "../_internal/report-issues";
import type { Setup } from "../_internal/setup";
import { type ExitCode, exitCodes } from "../exit-codes";
import { writeCsv } from "../formats/csv";
import { docxBytes, renderDocx } from "../formats/docx";
import { type FileFormat, fileFormat } from "../formats/file-format";
import { progressJson, writeJson } from "../formats/json";
import { writeXlsx } from "../formats/xlsx";
import { type LayoutChoice, layoutNames, layoutOption } from "../lookups/plan-layout";

type Flags = ReadFlags & {
  layout?: string;
  progress?: string;
  progressOut?: string;
  dropProgress?: boolean;
  force?: boolean;
};

type Output = { data: string | Uint8Array; issues: Issue[]; progress?: string };

function jsonOutput(output: string, document: LoadedDocument, flags: Flags): Output {
  const progress = document.kind === "plan" ? progressJson(document) : undefined;
  if (progress !== undefined && flags.progressOut === undefined)
    throw usageError(
      "progress-not-kept",
      `${output}: the input holds progress, and a JSON plan does not: give --progress-out RETURN.json to keep it, or --drop-progress to leave it out.`,
    );
  return { data: writeJson(output, document), issues: [], ...(progress === undefined ? {} : { progress }) };
}

// --drop-progress leaves a plan's progress out of any output, on purpose.
function withoutProgress(document: LoadedDocument): LoadedDocument {
  if (document.kind !== "plan") return document;
  const { progress: _progress, ...plan } = document;
  return plan;
}

async function converted(
  input: string,
  output: string,
  format: FileFormat,
  document: LoadedDocument,
  flags: Flags & { layoutChoice: LayoutChoice | undefined },
): Promise<Output> {
  switch (format) {
    case "csv": {
      const { text, issues } = writeCsv(output, document, flags.layoutChoice);
      return { data: text, issues };
    }
    case "json":
      return jsonOutput(output, document, flags);
    case "docx": {
      const columns = docxColumns(flags.layoutChoice);
      const rendered = renderDocx(renderSource(input, document, undefined, { letterhead: true }), {
        created: createdDate(),
        ...(columns === undefined ? {} : { columns }),
      });
      return { data: await docxBytes(rendered), issues: rendered.issues };
    }
    case "xlsx": {
      const { bytes, issues } = writeXlsx(output, xlsxDocument(document, flags.layoutChoice), createdDate());
      return { data: bytes, issues };
    }
  }
}

// A workbook's plan sheet shows the plan's own columns, or a named layout's (canonical is CSV's alone).
function xlsxDocument(document: LoadedDocument, layout: LayoutChoice | undefined): LoadedDocument {
  const columns = docxColumns(layout);
  return document.kind === "plan" && columns !== undefined
    ? { ...document, plan: { ...document.plan, columns: [...columns] } }
    : document;
}

async function prepare(context: Context, input: string, output: string, flags: Flags) {
  const format = fileFormat(output);
  if (flags.progressOut !== undefined && format !== "json")
    throw usageError(
      "progress-out-json-only",
      `--progress-out is for a JSON plan, which cannot hold progress; ${output} keeps the progress itself.`,
    );
  if (flags.progressOut !== undefined && fileFormat(flags.progressOut) !== "json")
    throw usageError(
      "progress-out-json",
      `--progress-out ${flags.progressOut}: the return is written as JSON; name a .json file.`,
    );
  const layoutChoice = flags.layout === undefined ? undefined : layoutOption(flags.layout);
  const choice = kindChoice(flags);
  const read = readContextNoted(context, flags);
  await checkInputs(context, [input, ...(flags.progress === undefined ? [] : [flags.progress])]);
  for (const file of [output, ...(flags.progressOut === undefined ? [] : [flags.progressOut])])
    await checkOutput(pathIn(context, file), file, flags.force === true);
  return { format, layoutChoice, choice, read };
}

/** Converts a document between CSV, XLSX, JSON and Word; exit 1 when the input has errors (nothing is written). */
export async function runConvert(
  context: Context,
  input: string,
  output: string,
  flags: Flags,
): Promise<ExitCode> {
  const { format, layoutChoice, choice, read } = await prepare(context, input, output, flags);
  const loaded = await loadOrReport(context, input, choice, read);
  const document =
    loaded === undefined ? undefined : await attachProgress(context, loaded, flags.progress, read);
  if (document === undefined) {
    sayLine(context, `${input}: not converted: it has errors.`);
    return exitCodes.errors;
  }
  const kept = flags.dropProgress === true ? withoutProgress(document) : document;
  const result = await converted(input, output, format, kept, { ...flags, layoutChoice });
  reportIssues(context, output, result.issues);
  const options = { force: flags.force === true, signal: context.signal };
  await writeOutput(pathIn(context, output), output, result.data, options);
  sayLine(context, `wrote ${output}`);
  if (result.progress !== undefined && flags.progressOut !== undefined) {
    await writeOutput(pathIn(context, flags.progressOut), flags.progressOut, result.progress, options);
    sayLine(context, `wrote ${flags.progressOut}`);
  } else if (flags.progressOut !== undefined)
    sayLine(context, `${flags.progressOut}: not written: ${input} holds no progress.`);
  return exitCodes.ok;
}

/** `cja-kit convert IN OUT`. */
export function convertCommand({ context, finish }: Setup): Command {
  const command = new Command("convert")
    .summary("convert between CSV, XLSX, JSON and Word, by the files' extensions")
    .description(
      "Convert a document between CSV, XLSX and JSON, or print it as Word, the formats told by the extensions (.csv, .xlsx, .json, .docx): plans and progress returns in every format; committee reports as CSV and JSON; indicator sets as XLSX and JSON; annual performance reports and annual returns as JSON (and the performance report as Word). The output is written whole or not at all, and an existing file is replaced only with --force. Nothing is written from an input with errors (exit code 1).",
    )
    .argument("<input>", "the file to read (.csv, .xlsx or .json)")
    .argument("<output>", "the file to write (.csv, .xlsx, .json or .docx)");
  addReadOptions(command);
  return command
    .option("--layout <layout>", `the columns of a plan CSV, XLSX or Word table: ${layoutNames().join(", ")}`)
    .option("--progress <file>", "a progress return to put beside the plan (its progress columns)")
    .option("--progress-out <file>", "where a plan's progress goes when the output is a JSON plan")
    .option("--drop-progress", "leave a plan's progress out of the output, on purpose")
    .option("--force", "replace the output if it exists")
    .addHelpText(
      "after",
      helpExamples([
        [
          "cja-kit convert action-plan-2010-11.json action-plan-2010-11.csv --layout document",
          "a JSON plan as a CSV with its own columns",
        ],
        [
          'cja-kit convert q2.csv plan.json --authority "Lothian & Borders" --period 2010-11 --return-period "Year 2 (2009-10)" --progress-out progress.json',
          "a CSV plan with progress as two JSON documents",
        ],
        [
          "cja-kit convert plan.json plan.docx --progress progress.json --force",
          "a plan with its progress as Word, replacing plan.docx",
        ],
        [
          "cja-kit convert plan.json plan.xlsx --progress progress.json",
          "a plan with its progress as an Excel workbook (Plan and Progress sheets, ratings beside each row)",
        ],
      ]),
    )
    .action(async (input: string, output: string, flags: Flags) =>
      finish(await runConvert(context, input, output, flags)),
    );
}
