import type { Issue } from "@cja-kit/core";
import { Command, Option } from "commander";
import { checkOutput, writeOutput } from "../_internal/atomic-write";
import { attachProgress } from "../_internal/attach-progress";
import { checkFiles, checkInputs } from "../_internal/check-inputs";
import { type Context, pathIn, sayLine } from "../_internal/context";
import { createdDate } from "../_internal/created-date";
import { dateOption } from "../_internal/date-option";
import type { KindChoice, LoadedDocument } from "../_internal/document";
import { docxColumns } from "../_internal/docx-columns";
import { usageError, workError } from "../_internal/failure";
import { helpExamples } from "../_internal/help-examples";
import { loadOrReport } from "../_internal/load-or-report";
import { readInput } from "../_internal/read-input";
import { addReadOptions, type ReadFlags, readContext } from "../_internal/read-options";
import { renderSource } from "../_internal/render-source";
import { reportIssues } from "../_internal/report-issues";
import type { Setup } from "../_internal/setup";
import { type ExitCode, exitCodes } from "../exit-codes";
import { docxBytes, filledTemplate, type RenderKind, renderDocx, renderKinds } from "../formats/docx";
import { fileFormat } from "../formats/file-format";
import { layoutNames, layoutOption } from "../lookups/plan-layout";

type Flags = Omit<ReadFlags, "kind"> & {
  kind?: RenderKind;
  out?: string;
  progress?: string;
  template?: string;
  placeholder: string;
  at?: string;
  layout?: string;
  force?: boolean;
};

function outputOf(file: string, flags: Flags): string {
  const out = flags.out ?? `${file.replace(/\.[^./\\]*$/, "")}.docx`;
  if (fileFormat(out) !== "docx")
    throw usageError("not-docx", `--out ${out}: render writes Word documents; name a .docx file.`);
  if (out === file) throw usageError("same-file", `--out ${out} is the input; name another file.`);
  return out;
}

/** The text the command offers a template's placeholders: the document's own fields. */
function templateText(document: LoadedDocument): Record<string, string> {
  const fields =
    document.kind === "committee-report"
      ? {
          subject: document.report.subject,
          meeting: document.report.meeting,
          meetingDate: document.report.meetingDate,
          reportBy: document.report.reportBy,
          date: document.report.date,
          authority: document.report.authority.name,
        }
      : document.kind === "plan"
        ? { title: document.plan.title, authority: document.plan.authority.name }
        : {};
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

async function renderBytes(context: Context, file: string, document: LoadedDocument, flags: Flags) {
  const columns = docxColumns(flags.layout === undefined ? undefined : layoutOption(flags.layout));
  const source = renderSource(file, document, flags.kind, {
    letterhead: flags.template === undefined,
    ...(flags.at === undefined ? {} : { at: flags.at }),
  });
  const rendered = renderDocx(source, {
    created: createdDate(),
    ...(columns === undefined ? {} : { columns }),
  });
  if (flags.template === undefined) return { bytes: await docxBytes(rendered), issues: rendered.issues };
  const template = await readInput(pathIn(context, flags.template), flags.template);
  return filledTemplate(template, rendered, flags.placeholder, templateText(document));
}

// What the input must be for the Word document asked for; a CSV plan takes its kind from it.
function inputChoice(kind: RenderKind | undefined): KindChoice | undefined {
  switch (kind) {
    case undefined:
      return undefined;
    case "committee-report":
      return { kind };
    case "progress-report":
      return { kind: "plan" };
    default:
      return { kind: "plan", planKind: kind };
  }
}

function unplaced(issues: readonly Issue[], placeholder: string): boolean {
  return issues.some(
    (issue) => issue.code === "docx/template-placeholder-missing" && issue.path[0] === placeholder,
  );
}

/** Prints a plan, progress report or committee report as Word, in cja-kit's layout or a council's template. */
export async function runRender(context: Context, file: string, flags: Flags): Promise<ExitCode> {
  const out = outputOf(file, flags);
  dateOption(flags.at);
  const read = readContext(flags);
  if (flags.layout !== undefined) docxColumns(layoutOption(flags.layout));
  await checkInputs(context, [file, ...(flags.progress === undefined ? [] : [flags.progress])]);
  if (flags.template !== undefined) {
    if (fileFormat(flags.template) !== "docx")
      throw usageError(
        "not-a-template",
        `--template ${flags.template}: a template is a Word document; name a .docx file.`,
      );
    await checkFiles(context, [flags.template]);
  }
  await checkOutput(pathIn(context, out), out, flags.force === true);
  const loaded = await loadOrReport(context, file, inputChoice(flags.kind), read);
  const document =
    loaded === undefined ? undefined : await attachProgress(context, loaded, flags.progress, read);
  if (document === undefined) {
    sayLine(context, `${file}: not printed: it has errors.`);
    return exitCodes.errors;
  }
  const { bytes, issues } = await renderBytes(context, file, document, flags);
  reportIssues(context, out, issues);
  if (flags.template !== undefined && unplaced(issues, flags.placeholder))
    throw workError(
      "template-unfilled",
      `${flags.template}: has no {{${flags.placeholder}}} for the document; add it, or name the placeholder with --placeholder.`,
    );
  await writeOutput(pathIn(context, out), out, bytes, {
    force: flags.force === true,
    signal: context.signal,
  });
  sayLine(context, `wrote ${out}`);
  return exitCodes.ok;
}

/** `cja-kit render FILE`. */
export function renderCommand({ context, finish }: Setup): Command {
  const command = new Command("render")
    .summary("print a plan, progress report or committee report as Word")
    .description(
      "Print a document as Word (.docx): an action plan, an implementation plan with its progress, a quarterly progress report with RAG ratings, or a committee report; in cja-kit's layout, or poured into a council's own template at its {{body}} placeholder (its other placeholders, such as {{subject}} or {{title}}, get the document's own fields).",
    )
    .argument("<file>", "the plan or report to print (.csv, .xlsx or .json)")
    .addOption(
      new Option("--kind <kind>", "the Word document to make (default: what the input is)").choices(
        renderKinds,
      ),
    );
  addReadOptions(command, { kind: true });
  return command
    .option("--progress <file>", "the progress return to print beside the plan")
    .option(
      "--at <date>",
      "the date progress is rated at (default: the return's date or period end), YYYY-MM-DD",
    )
    .option("--template <file>", "a council's Word template with a {{body}} placeholder")
    .option("--placeholder <name>", "the template's placeholder for the document", "body")
    .option(
      "--layout <layout>",
      `the table's columns: ${layoutNames()
        .filter((n) => n !== "canonical")
        .join(", ")}`,
    )
    .option("-o, --out <file>", "the .docx to write (default: the input's name with .docx)")
    .option("--force", "replace the output if it exists")
    .addHelpText(
      "after",
      helpExamples([
        [
          "cja-kit render action-plan-2010-11.json --progress year-2.json",
          "an action plan with its progress, as action-plan-2010-11.docx",
        ],
        [
          "cja-kit render plan.json --kind progress-report --progress q2.json --at 2010-09-30 -o q2-report.docx",
          "a quarterly progress report rated at 30 September 2010",
        ],
        [
          "cja-kit render update.json --template council.docx -o update.docx",
          "a committee report in a council's template",
        ],
      ]),
    )
    .action(async (file: string, flags: Flags) => finish(await runRender(context, file, flags)));
}
