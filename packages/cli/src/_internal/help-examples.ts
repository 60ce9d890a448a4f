/**
 * The examples a command's help ends with: each a command line and what it does, so every
 * command's `--help` shows how it is used.
 */
export function helpExamples(examples: ReadonlyArray<readonly [string, string]>): string {
  const lines = examples.flatMap(([command, what]) => [`  # ${what}`, `  $ ${command}`]);
  return `\nExamples:\n${lines.join("\n")}\n`;
}
