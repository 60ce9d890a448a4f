import type { IndicatorSet, Issue } from "@cja-kit/core";
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
import type { ReadContext } from "../_internal/read-context";
import { readInput } from "../_internal/read-input";
import { addReadOptions, type ReadFlags, readContextNoted } from "../_internal/read-options";
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
  indicators?: string[];
  charts: boolean;
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

function documentFields(document: LoadedDocument): Record<string, string | undefined> {
  switch (document.kind) {
    case "committee-report":
      return {
        subject: document.report.subject,
        meeting: document.report.meeting,
        meetingDate: document.report.meetingDate,
        reportBy: document.report.reportBy,
        date: document.report.date,
        authority: document.report.authority.name,
      };
    case "plan":
      return { title: document.plan.title, authority: document.plan.authority.name };
    case "annual-performance-report":
      return { title: document.report.title, authority: document.report.authority.name };
    case "indicator-set":
      return { title: document.indicators.title, authority: document.indicators.authority.name };
    default:
      return {};
  }
}

/** The text the command offers a template's placeholders: the document's own fields. */
function templateText(document: LoadedDocument): Record<string, string> {
  const fields = documentFields(document);
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

type Printed = { document: LoadedDocument; indicators?: IndicatorSet[] };

async function renderBytes(context: Context, file: string, printed: Printed, flags: Flags) {
  const columns = docxColumns(flags.layout === undefined ? undefined : layoutOption(flags.layout));
  const source = renderSource(file, printed.document, flags.kind, {
    letterhead: flags.template === undefined,
    ...(flags.at === undefined ? {} : { at: flags.at }),
    ...(printed.indicators === undefined ? {} : { indicators: printed.indicators }),
  });
  const rendered = renderDocx(source, {
    created: createdDate(),
    charts: flags.charts,
    ...(columns === undefined ? {} : { columns }),
  });
  if (flags.template === undefined) return { bytes: await docxBytes(rendered), issues: rendered.issues };
  const template = await readInput(pathIn(context, flags.template), flags.template);
  return filledTemplate(flags.template, template, rendered, {
    placeholder: flags.placeholder,
    text: templateText(printed.document),
  });
}

// What the input must be for the Word document asked for; a table of a plan takes its kind from it.
function inputChoice(kind: RenderKind | undefined): KindChoice | undefined {
  switch (kind) {
    case undefined:
      return undefined;
    case "committee-report":
    case "annual-performance-report":
    case "indicator-set":
      return { kind };
    case "progress-report":
      return { kind: "plan" };
    default:
      return { kind: "plan", planKind: kind };
  }
}

// The indicator sets --indicators names, each read and its issues printed; undefined when one has errors.
async function loadIndicators(
  context: Context,
  files: readonly string[] | undefined,
  read: ReadContext,
): Promise<IndicatorSet[] | undefined> {
  const sets: IndicatorSet[] = [];
  for (const file of files ?? []) {
    const loaded = await loadOrReport(context, file, { kind: "indicator-set" }, read);
    if (loaded?.kind !== "indicator-set") return undefined;
    sets.push(loaded.indicators);
  }
  return sets;
}

async function loadPrinted(
  context: Context,
  file: string,
  flags: Flags,
  read: ReadContext,
): Promise<Printed | undefined> {
  const loaded = await loadOrReport(context, file, inputChoice(flags.kind), read);
  const document =
    loaded === undefined ? undefined : await attachProgress(context, loaded, flags.progress, read);
  const indicators = await loadIndicators(context, flags.indicators, read);
  if (document === undefined || indicators === undefined) return undefined;
  return { document, ...(flags.indicators === undefined ? {} : { indicators }) };
}

function unplaced(issues: readonly Issue[], placeholder: string): boolean {
  return issues.some(
    (issue) => issue.code === "docx/template-placeholder-missing" && issue.path[0] === placeholder,
  );
}

/** Prints a document as Word, in cja-kit's layout or a council's template. */
export async function runRender(context: Context, file: string, flags: Flags): Promise<ExitCode> {
  const out = outputOf(file, flags);
  dateOption(flags.at);
  const read = readContextNoted(context, flags);
  if (flags.layout !== undefined) docxColumns(layoutOption(flags.layout));
  await checkInputs(context, [
    file,
    ...(flags.progress === undefined ? [] : [flags.progress]),
    ...(flags.indicators ?? []),
  ]);
  if (flags.template !== undefined) {
    if (fileFormat(flags.template) !== "docx")
      throw usageError(
        "not-a-template",
        `--template ${flags.template}: a template is a Word document; name a .docx file.`,
      );
    await checkFiles(context, [flags.template]);
  }
  await checkOutput(pathIn(context, out), out, flags.force === true);
  const printed = await loadPrinted(context, file, flags, read);
  if (printed === undefined) {
    sayLine(context, `${file}: not printed: it has errors.`);
    return exitCodes.errors;
  }
  const { bytes, issues } = await renderBytes(context, file, printed, flags);
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
    .summary("print a plan, report or indicator set as Word")
    .description(
      "Print a document as Word (.docx): an action plan, an implementation plan with its progress, an outcome improvement plan with its indicators, a delivery plan with an update, a quarterly progress report with RAG ratings, a committee report, a partnership's annual performance report, or an indicator set; in cja-kit's layout, or poured into a council's own template at its {{body}} placeholder (its other placeholders, such as {{subject}} or {{title}}, get the document's own fields). A plan prints as its own kind unless --kind says otherwise.",
    )
    .argument("<file>", "the document to print (.csv, .xlsx or .json)")
    .addOption(
      new Option("--kind <kind>", "the Word document to make (default: what the input is)").choices(
        renderKinds,
      ),
    );
  addReadOptions(command, { kind: true });
  return command
    .option("--progress <file>", "the progress return (or update) to print beside the plan")
    .option(
      "--indicators <files...>",
      "indicator sets (JSON) to print under an outcome improvement plan's themes",
    )
    .option("--no-charts", "leave out the line charts of indicator series")
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
        [
          "cja-kit render wd-plan-2017-18.json --indicators wd-indicators-2017-18.json",
          "an outcome improvement plan with its indicators after each theme",
        ],
        [
          "cja-kit render delivery-plan.json --progress update-2.json -o update-2.docx",
          "a delivery plan with an update's status and text for each deliverable",
        ],
      ]),
    )
    .action(async (file: string, flags: Flags) => finish(await runRender(context, file, flags)));
}
