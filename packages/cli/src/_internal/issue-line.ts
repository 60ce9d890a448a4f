import type { Issue } from "@cja-kit/core";
import { printable } from "./printable";

// What a library's message cannot know: the option of this command that answers it.
const heading = (issue: Issue) => issue.column ?? "HEADING";
const HINTS: ReadonlyArray<{ code: string; when?: RegExp; hint: (issue: Issue) => string }> = [
  {
    code: "table/progress-without-return",
    hint: () => 'give --return-period (e.g. "2010-11 Q2") to read them',
  },
  { code: "table/missing-column", when: /Period column/, hint: () => "or give --return-period" },
  {
    code: "table/unknown-heading",
    hint: (issue) =>
      `to read it as a field, give --heading "${heading(issue)}=FIELD", FIELD e.g. lead or timescale`,
  },
  {
    code: "table/prose-in-number-column",
    hint: (issue) => `to say so, give --heading "${heading(issue)}=title"`,
  },
  {
    code: "table/merged-cells-filled",
    hint: () => "give --merged-cells keep-empty if they were meant to be empty",
  },
];

function hintFor(issue: Issue): string | undefined {
  return HINTS.find(
    (h) => h.code === issue.code && (h.when === undefined || h.when.test(issue.message)),
  )?.hint(issue);
}

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
 * them: `plan.csv:12: error timescale/invalid-date column "Timescale", action 2.1.3: message`.
 */
export function issueLine(file: string, issue: Issue): string {
  const place = issue.row === undefined ? file : `${file}:${issue.row}`;
  const hint = hintFor(issue);
  const message = hint === undefined ? issue.message : `${issue.message} (${hint})`;
  return printable(`${place}: ${issue.severity} ${issue.code}${where(issue)}: ${message}`);
}
