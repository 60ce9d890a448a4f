import type { ActionField } from "@cja-kit/core";
import { Command, Option } from "commander";
import { checkInputs } from "../_internal/check-inputs";
import { type Context, pathIn, printLine } from "../_internal/context";
import type { DocumentKind } from "../_internal/document";
import { kindChoices } from "../_internal/document";
import { usageError, workError } from "../_internal/failure";
import { helpExamples } from "../_internal/help-examples";
import { inputFormat } from "../_internal/load-document";
import { printable } from "../_internal/printable";
import { readInput } from "../_internal/read-input";
import { kindChoice } from "../_internal/read-options";
import type { Setup } from "../_internal/setup";
import { type ExitCode, exitCodes } from "../exit-codes";
import { csvHeader } from "../formats/csv-header";
import { csvHeadingMap, type HeadingReading } from "../formats/csv-heading-map";
import { csvKind } from "../formats/csv-kind";

type Flags = { kind?: string; format: "text" | "json" };

// Words for what a column fills, as a person would name it.
const FIELD_WORDS: Readonly<Record<ActionField, string>> = {
  measure: "key measure",
  number: "number",
  title: "title",
  outcomeRefs: "outcome references",
  aim: "aim",
  objective: "objective",
  localOutcome: "local outcome",
  localTarget: "local target",
  detail: "operational detail",
  milestones: "milestones",
  frequency: "frequency / source",
  timescale: "timescale",
  lead: "lead",
  partners: "partners",
  resources: "resources",
  flag: "flag",
  progress: "progress",
  nextSteps: "next steps",
  status: "status",
  reportedRag: "rating as reported",
  revisedTimescale: "revised timescale",
  percentComplete: "% complete",
  extra: "kept as its own column",
};
const PART_WORDS: Readonly<Record<string, string>> = {
  outcomeRefs: "outcome references",
  localOutcomes: "local outcomes",
  columns: "column labels",
  byCouncil: "by council",
  statusWording: "status wording",
  statusRule: "status rule",
  percentComplete: "% complete",
  reportedOn: "date",
  sectionNumber: "section number",
  sectionTitle: "section title",
  paragraphNumber: "paragraph number",
};
const words = (part: string) => PART_WORDS[part] ?? part;

function roleText(reading: HeadingReading, readings: readonly HeadingReading[]): string {
  const { role } = reading;
  switch (role.kind) {
    case "theme":
      return `theme level ${role.level}: its ${words(role.part)}`;
    case "field":
      return role.key === undefined ? `the action's ${FIELD_WORDS[role.field]}` : `flag "${role.key}"`;
    case "progress":
      return `progress: ${words(role.part)}`;
    case "return":
      return `the return's ${words(role.part)}`;
    case "report":
      return `the report's ${words(role.part)}`;
    case "unread":
      return "NOT READ: the committee-report reader reads the first six columns by position, so this column's cells are lost";
    case "extra": {
      const same = reading.sameAs === undefined ? undefined : readings[reading.sameAs];
      if (same !== undefined)
        return `kept as extra data: it means the same as column ${same.index + 1} ("${same.label}")`;
      return "kept as extra data: no field is known by this heading";
    }
  }
}

function mappingLines(
  file: string,
  kind: DocumentKind,
  readings: readonly HeadingReading[],
  how: string,
): string[] {
  return [
    `${file}: ${kind} CSV, ${how}, ${readings.length} columns`,
    ...readings.map((r) =>
      printable(
        `  ${r.index + 1} "${r.label}" → ${roleText(r, readings)}${r.matchedBy === "alias" ? " (by its alias)" : ""}`,
      ),
    ),
  ];
}

const DELIMITERS = { ",": "comma", ";": "semicolon", "\t": "tab" } as const;

/** Prints how each heading of a CSV would be read. */
export async function runMapping(context: Context, file: string, flags: Flags): Promise<ExitCode> {
  const format = inputFormat(file);
  if (format === "json")
    throw usageError(
      "no-headings",
      `${file}: a JSON document has keys, not headings; mapping reads CSV and XLSX files.`,
    );
  await checkInputs(context, [file]);
  const header = csvHeader(await readInput(pathIn(context, file), file));
  if (header === undefined) throw workError("no-header", `${file}: has no header row to read.`);
  const kind = kindChoice(flags)?.kind ?? csvKind(header.labels);
  const readings = csvHeadingMap(header.labels, kind);
  const how = `${header.encoding}, ${DELIMITERS[header.delimiter]}-separated`;
  if (flags.format === "json")
    printLine(
      context,
      JSON.stringify(
        { file, kind, encoding: header.encoding, delimiter: header.delimiter, columns: readings },
        null,
        2,
      ),
    );
  else for (const line of mappingLines(file, kind, readings, how)) printLine(context, line);
  return exitCodes.ok;
}

/** `cja-kit mapping FILE`. */
export function mappingCommand({ context, finish }: Setup): Command {
  return new Command("mapping")
    .summary("show how each heading of a CSV or XLSX file would be read")
    .description(
      'Show how each column heading of a CSV (or XLSX) file would be read: the field it fills (matched by the canonical label or one of its aliases, such as "Work Group/ Chair" for the lead), a theme or progress part, or extra data kept under its own heading; a heading that repeats an earlier one\'s meaning is kept as extra data.',
    )
    .argument("<file>", "the .csv or .xlsx file")
    .addOption(
      new Option("--kind <kind>", "read it as this kind, not the one its headings suggest").choices([
        ...kindChoices.keys(),
      ]),
    )
    .addOption(
      new Option("--format <format>", "text, or JSON for pipelines")
        .choices(["text", "json"])
        .default("text"),
    )
    .addHelpText(
      "after",
      helpExamples([
        ["cja-kit mapping returns-q2.csv", "how each heading of a spreadsheet would be read"],
        [
          "cja-kit mapping plan.csv --kind progress-return --format json",
          "read as a progress return, as JSON",
        ],
      ]),
    )
    .action(async (file: string, flags: Flags) => finish(await runMapping(context, file, flags)));
}
