import { type Command, Option } from "commander";
import { findAuthority } from "../lookups/authority";
import { findFramework } from "../lookups/frameworks";
import { planPeriodOption, reportingPeriodOption } from "../lookups/periods";
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
      'whose documents a CSV holds, e.g. lanarkshire or "Lothian & Borders"',
    )
    .option("--period <years>", "the financial years a CSV plan covers, e.g. 2010-11 or 2008-11")
    .option(
      "--area-period <years>",
      "the area plan a CSV annual plan comes under, its Year 1 first, e.g. 2008-11",
    )
    .option("--title <title>", "a CSV plan's title, as its documents print it")
    .option(
      "--return-period <period>",
      'the period a CSV\'s progress reports on, e.g. "2010-11 Q2" or "Year 2 (2009-10)"',
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

/** What the options say about the documents: each named thing looked up, wrong values refused. */
export function readContext(flags: ReadFlags): ReadContext {
  return {
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
