import { Command, Option } from "commander";
import { type Context, printLine } from "../_internal/context";
import { helpExamples } from "../_internal/help-examples";
import type { Setup } from "../_internal/setup";
import { type ExitCode, exitCodes } from "../exit-codes";
import { findFramework, frameworkSummary, frameworks } from "../lookups/frameworks";
import { outcomeLines } from "./outcome";

type Flags = { format: "text" | "json" };

function listLines(): string[] {
  return frameworks().flatMap((framework) => {
    const summary = frameworkSummary(framework);
    const groups = summary.groups.map((g) => `${g.code} ${g.label}`).join("; ");
    const targets = summary.mapsTo.map(
      (m) => `${m.framework} (${m.basis === "published" ? "as published" : "by wording"})`,
    );
    const maps = targets.length === 0 ? "" : `; maps to ${targets.join(", ")}`;
    return [`${summary.id}: ${summary.title} (${summary.outcomes} outcomes${maps})`, `  groups: ${groups}`];
  });
}

/** Lists the frameworks, or one framework's outcomes with their mappings. */
export function runFrameworks(context: Context, id: string | undefined, flags: Flags): ExitCode {
  if (id === undefined) {
    const list = frameworks().map(frameworkSummary);
    if (flags.format === "json") printLine(context, JSON.stringify(list, null, 2));
    else for (const line of listLines()) printLine(context, line);
    return exitCodes.ok;
  }
  const framework = findFramework(id);
  if (flags.format === "json") printLine(context, JSON.stringify(framework, null, 2));
  else {
    printLine(context, `${framework.id}: ${framework.title}`);
    printLine(context, `  source: ${framework.source}`);
    for (const line of outcomeLines(
      framework.outcomes.map((outcome) => ({ outcome, mappedTo: [], routes: [] })),
    ))
      printLine(context, line);
  }
  return exitCodes.ok;
}

/** `cja-kit frameworks [ID]`. */
export function frameworksCommand({ context, finish }: Setup): Command {
  return new Command("frameworks")
    .summary("list the outcome frameworks, or one framework's outcomes")
    .description(
      "List the outcome frameworks cja-kit knows (the National Strategy's 23 outcomes, the 14 of the 2008 performance framework, the National Outcomes, the 2016 and 2023 community justice frameworks) with the frameworks each maps to; with an id, list that framework's outcomes and their wording.",
    )
    .argument("[id]", "a framework's id, e.g. nab-2008")
    .addOption(
      new Option("--format <format>", "text, or JSON for pipelines")
        .choices(["text", "json"])
        .default("text"),
    )
    .addHelpText(
      "after",
      helpExamples([
        ["cja-kit frameworks", "every framework, with its mappings"],
        ["cja-kit frameworks nab-2008", "the 14 national outcomes of 2008, with their wording"],
        ["cja-kit frameworks --format json", "as JSON"],
      ]),
    )
    .action((id: string | undefined, flags: Flags) => finish(runFrameworks(context, id, flags)));
}
