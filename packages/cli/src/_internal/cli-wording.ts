import type { Issue } from "@cja-kit/core";

// The library's messages are written for a program's author: they name the reader's options
// (`the headings option, e.g. { "Aim": "lead" }`, `mergedCells: "keep-empty"`). Someone at the
// command line sees the flag of this command that does the same, or, where the command has none
// (the reader's size limits), the message without the option's name.
//
// Quoted spans are the file's own wording (a heading, a cell) and are never rewritten: each is
// masked as Q<n> between private-use marks before the swaps run, and put back after.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const QUOTED = new RegExp(`${OPEN}(\\d+)${CLOSE}`, "g");
const Q = `${OPEN}\\d+${CLOSE}`;

type Swap = { api: RegExp; cli: string | ((quoted: readonly string[], ...groups: string[]) => string) };

/** `{ "Aim": "lead", "Due": "timescale" }` (masked) as the flags that say the same. */
function headingFlags(quoted: readonly string[], map: string): string {
  const text = (mark: string) => quoted[Number(mark)]?.slice(1, -1) ?? "";
  const pairs = [...map.matchAll(new RegExp(`${OPEN}(\\d+)${CLOSE}: ${OPEN}(\\d+)${CLOSE}`, "g"))];
  return pairs.map(([, heading = "", field = ""]) => `--heading "${text(heading)}=${text(field)}"`).join(" ");
}

const SWAPS: readonly Swap[] = [
  { api: new RegExp(`(\\{ (?:${Q}: ${Q}(?:, )?)+ \\})`, "g"), cli: headingFlags },
  { api: /\bPass the headings option to say\b/g, cli: "Give --heading to say" },
  { api: /\b(?:with )?the headings option\b/g, cli: "with --heading" },
  { api: /\bThe headings option reads\b/g, cli: "--heading reads" },
  {
    api: /\bno return was given to read them into \(options\.progress\)/g,
    cli: 'no --return-period was given to read them into a return (e.g. --return-period "2010-11 Q2")',
  },
  { api: /\bpass options\.period\b/g, cli: 'give --return-period (e.g. "2010-11 Q2")' },
  { api: new RegExp(`\\bPass mergedCells: ${Q}`, "g"), cli: "Give --merged-cells keep-empty" },
  { api: new RegExp(`\\bPass sheet: (${Q})`, "g"), cli: (_quoted, name = "") => `Give --sheet ${name}` },
  { api: /\bname the sheet to read with the sheet option\b/g, cli: "name the sheet to read with --sheet" },
  // Limits the command does not let anyone raise: the figure stays, the option's name goes.
  { api: / \(max[A-Z][A-Za-z]*\)/g, cli: "" },
  { api: /[.;] [Rr]aise max[A-Z][A-Za-z]* if the (?:document|workbook) is genuine\./g, cli: "." },
  { api: / \(raise max[A-Z][A-Za-z]* if it is genuine\)/g, cli: "" },
  {
    api: /\bupgrade @cja-kit\/json, or pass a migration from version \d+ in the migrations option\./g,
    cli: "upgrade @cja-kit/cli to read it.",
  },
  {
    api: /\bwrite the return with writeProgressCsv to keep it\b/g,
    cli: "convert the return to a file of its own to keep it",
  },
  { api: /, or write the file with protectValues\./g, cli: "." },
];

/**
 * An issue's message as a command-line user reads it: the library's option names (`the headings
 * option`, `mergedCells: "keep-empty"`, `(maxColumns)`) turned into this command's flags, or left
 * out where the command has no flag for them. Codes, figures and quoted wording are untouched.
 */
export function cliWording(issue: Issue): string {
  const quoted: string[] = [];
  const masked = issue.message.replace(/"[^"]*"/g, (span) => `${OPEN}${quoted.push(span) - 1}${CLOSE}`);
  const swapped = SWAPS.reduce(
    (message, swap) =>
      message.replace(swap.api, (...match: string[]) =>
        typeof swap.cli === "string" ? swap.cli : swap.cli(quoted, ...groupsOf(match)),
      ),
    masked,
  );
  return swapped.replace(QUOTED, (_mark, index: string) => quoted[Number(index)] ?? "");
}

/** A replacer's capture groups: its arguments after the whole match, before the offset. */
function groupsOf(match: readonly unknown[]): string[] {
  const offset = match.findIndex((value) => typeof value === "number");
  return match.slice(1, offset).map((group) => (typeof group === "string" ? group : ""));
}
