import { Command } from "commander";
import packageJson from "../package.json" with { type: "json" };
import { helpExamples } from "./_internal/help-examples";
import type { Setup } from "./_internal/setup";
import { convertCommand } from "./commands/convert";
import { frameworksCommand } from "./commands/frameworks";
import { mappingCommand } from "./commands/mapping";
import { outcomeCommand } from "./commands/outcome";
import { renderCommand } from "./commands/render";
import { rollupCommand } from "./commands/rollup";
import { validateCommand } from "./commands/validate";

/** The `cja-kit` command and its subcommands, writing where the setup says and never exiting itself. */
export function createProgram(setup: Setup): Command {
  const { stdout, stderr } = setup.context;
  const program = new Command("cja-kit")
    .description(
      "Check, convert, print and roll up community justice plans, progress returns and committee reports (CSV, XLSX, JSON, Word).",
    )
    .version(packageJson.version, "-V, --version", "print the version")
    .option("--debug", "on an unexpected error, print its details")
    .helpCommand("help [command]", "show a command's help, with examples")
    .exitOverride()
    .configureOutput({ writeOut: (text) => stdout.write(text), writeErr: (text) => stderr.write(text) })
    .showHelpAfterError("(cja-kit help COMMAND shows how a command is used, with examples)")
    .addHelpText(
      "after",
      helpExamples([
        ["cja-kit validate plan.json", "check a plan"],
        [
          "cja-kit convert plan.csv plan.json --authority lanarkshire --period 2010-11",
          "convert a CSV plan to JSON",
        ],
        ["cja-kit help convert", "how a command is used"],
      ]),
    );
  for (const build of [
    validateCommand,
    convertCommand,
    renderCommand,
    rollupCommand,
    frameworksCommand,
    outcomeCommand,
    mappingCommand,
  ]) {
    const command = build(setup).copyInheritedSettings(program);
    program.addCommand(command);
  }
  return program;
}
