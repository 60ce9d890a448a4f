import { type Command, Option } from "commander";
import { findAuthority, formerCjaNote } from "../lookups/authority";
import { findFramework } from "../lookups/frameworks";
import { planPeriodOption, reportingPeriodOption } from "../lookups/periods";
import { type Context, sayLine } from "./context";
import { type KindChoice, kindChoices } from "./document";
import { usageError } from "./failure";
import type { ReadContext } from "./read-context";

/** The options every command that reads documents takes, as commander gives them. */
export type ReadFlags = {
  kind?: string;
  authority?: string;
  period?: string;
  areaPeriod?: string;
  title?: string;
  returnPeriod?: string;
  framework?: string;
  sheet?: string;
  heading?: string[];
  mergedCells?: "fill" | "keep-empty";
};

/**
 * Adds the reading options to a command; `--kind` and `--framework` only where the command does
 * not give those words a meaning of its own (render's `--kind` is the Word document's kind).
 */
export function addReadOptions(command: Command, own: { kind?: boolean; framework?: boolean } = {}): Command {
  if (own.kind !== true)
    command.addOption(
      new Option("--kind <kind>", "what the input holds, when its headings do not say").choices([
        ...kindChoices.keys(),
      ]),
    );
  command
    .option(
      "--authority <name or code>",
      'whose documents a CSV or XLSX holds: a partnership ("West Dunbartonshire", S12000039), a CJA (lanarkshire, "Lothian & Borders") or a national body',
    )
    .option("--period <years>", "the financial years a CSV or XLSX plan covers, e.g. 2010-11 or 2008-11")
    .option(
      "--area-period <years>",
      "the area plan a CSV or XLSX annual plan comes under, its Year 1 first, e.g. 2008-11",
    )
    .option("--title <title>", "a CSV or XLSX plan's title, as its documents print it")
    .option(
      "--return-period <period>",
      'the period a table\'s progress reports on, e.g. "2010-11 Q2", "2023-24 H1", "Year 2 (2009-10)" or "June - December 2023"',
    )
    .option(
      "--sheet <name or number>",
      "the worksheet of an XLSX to read: its name, or its tab number from 1",
    )
    .option(
      "--heading <heading=meaning>",
      'read a table\'s heading as a field, a heading cja-kit knows, or extra (repeatable), e.g. --heading "Managed By=lead"',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .addOption(
      new Option(
        "--merged-cells <how>",
        "a CSV row whose cells are empty under an action: fill them from the row above, as cells Excel merged (the default for CSV), or keep them empty (the default for XLSX, which fills only the cells its merges cover)",
      ).choices(["fill", "keep-empty"]),
    );
  if (own.framework !== true)
    command.option("--framework <id>", "the framework bare outcome codes in a CSV belong to, e.g. nab-2008");
  return command;
}

/** The kind `--kind` names, if given. */
export function kindChoice(flags: ReadFlags): KindChoice | undefined {
  if (flags.kind === undefined) return undefined;
  const choice = kindChoices.get(flags.kind);
  if (choice === undefined)
    throw usageError("unknown-kind", `--kind "${flags.kind}" is not a document kind.`);
  return choice;
}

function headingsOption(given: readonly string[] | undefined): { headings?: Record<string, string> } {
  if (given === undefined) return {};
  const pairs = given.map((text) => {
    const at = text.lastIndexOf("=");
    const heading = text.slice(0, at).trim();
    const meaning = text.slice(at + 1).trim();
    if (at < 0 || heading === "" || meaning === "")
      throw usageError(
        "bad-heading",
        `--heading "${text}" does not say how to read a heading: write HEADING=MEANING, e.g. "Managed By=lead" or "Opened=extra".`,
      );
    return [heading, meaning] as const;
  });
  return { headings: Object.fromEntries(pairs) };
}

function sheetOption(sheet: string | undefined): { sheet?: string | number } {
  if (sheet === undefined) return {};
  return /^\d+$/.test(sheet.trim()) ? { sheet: Number(sheet) } : { sheet };
}

/** What the options say about the documents: each named thing looked up, wrong values refused. */
export function readContext(flags: ReadFlags): ReadContext {
  return {
    ...sheetOption(flags.sheet),
    ...headingsOption(flags.heading),
    ...(flags.mergedCells === undefined ? {} : { mergedCells: flags.mergedCells }),
    ...(flags.authority === undefined ? {} : { authority: findAuthority(flags.authority) }),
    ...(flags.period === undefined ? {} : { period: planPeriodOption(flags.period) }),
    ...(flags.areaPeriod === undefined
      ? {}
      : { areaPeriod: planPeriodOption(flags.areaPeriod, "--area-period") }),
    ...(flags.title === undefined ? {} : { title: flags.title }),
    ...(flags.returnPeriod === undefined ? {} : { returnPeriod: reportingPeriodOption(flags.returnPeriod) }),
    ...(flags.framework === undefined ? {} : { framework: findFramework(flags.framework).id }),
  };
}

/**
 * {@link readContext}, with a note on stderr where an option is likely not what was meant (a
 * partnership named for a plan of the CJAs' years).
 */
export function readContextNoted(context: Context, flags: ReadFlags): ReadContext {
  const read = readContext(flags);
  const note = read.authority === undefined ? undefined : formerCjaNote(read.authority, read.period);
  if (note !== undefined) sayLine(context, note);
  return read;
}
