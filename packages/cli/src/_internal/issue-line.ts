import type { Issue } from "@cja-kit/core";
import { cliWording } from "./cli-wording";
import { printable } from "./printable";

function where(issue: Issue): string {
  const parts = [
    issue.sheet === undefined ? undefined : `sheet "${issue.sheet}"`,
    issue.column === undefined ? undefined : `column "${issue.column}"`,
    issue.actionNumber === undefined ? undefined : `action ${issue.actionNumber}`,
    issue.row === undefined && issue.path.length > 0 ? `at ${issue.path.join(".")}` : undefined,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? "" : ` ${parts.join(", ")}`;
}

/**
 * One line for an issue found in a file, as compilers print them so editors and `grep` can use
 * them: `plan.csv:12: error timescale/invalid-date column "Timescale", action 2.1.3: message`, the
 * message in {@link cliWording} (this command's flags where the library names its options).
 */
export function issueLine(file: string, issue: Issue): string {
  const place = issue.row === undefined ? file : `${file}:${issue.row}`;
  return printable(`${place}: ${issue.severity} ${issue.code}${where(issue)}: ${cliWording(issue)}`);
}
