import type { Issue } from "@cja-kit/core";
import { parseCellRef } from "./column-letters";
import { ISSUES_PER_CODE } from "./issue-cap";
import type { Relationship } from "./relationships";
import { readPart, type WorkbookPackage } from "./workbook-package";
import { cellName, xlsxIssue } from "./xlsx-issue";
import { attribute } from "./xml-events";

/** A note on a cell (Excel's "comment" part): the cell it sits on, its author and its words. */
type Note = { ref: string; author?: string; text: string };

type Scan = {
  notes: Note[];
  authors: string[];
  depth: { text: number; t: number; rPh: number };
  buffer: string;
};

function open(scan: Scan, name: string, attributes: Readonly<Record<string, string>>): void {
  if (name === "comment") {
    const author = scan.authors[Number(attribute(attributes, "authorId") ?? -1)];
    scan.notes.push({
      ref: attribute(attributes, "ref") ?? "",
      ...(author === undefined ? {} : { author }),
      text: "",
    });
  } else if (name === "text") scan.depth.text += 1;
  else if (name === "rPh") scan.depth.rPh += 1;
  else if (name === "t" || name === "author") scan.depth.t += 1;
  if (name === "author") scan.buffer = "";
}

function close(scan: Scan, name: string): void {
  if (name === "text") scan.depth.text -= 1;
  else if (name === "rPh") scan.depth.rPh -= 1;
  else if (name === "t") scan.depth.t -= 1;
  else if (name === "author") {
    scan.depth.t -= 1;
    scan.authors.push(scan.buffer);
  }
}

function text(scan: Scan, words: string): void {
  if (scan.depth.t === 0) return;
  const note = scan.notes.at(-1);
  if (scan.depth.text > 0 && scan.depth.rPh === 0 && note !== undefined) note.text += words;
  else if (scan.depth.text === 0) scan.buffer += words;
}

/** The notes of a comments part, in file order; undefined when the part cannot be read. */
function readNotes(pkg: WorkbookPackage, part: string): Note[] | undefined {
  const scan: Scan = { notes: [], authors: [], depth: { text: 0, t: 0, rPh: 0 }, buffer: "" };
  const issue = readPart(
    pkg,
    part,
    {
      open: (name, attributes) => open(scan, name, attributes),
      close: (name) => close(scan, name),
      text: (words) => text(scan, words),
      done: () => scan.notes.length > ISSUES_PER_CODE,
    },
    true,
  );
  return issue === undefined ? scan.notes : undefined;
}

function noteIssue(note: Note, sheet: string): Issue {
  const at = parseCellRef(note.ref);
  const author = note.author?.trim() ?? "";
  const by = author === "" ? "" : ` by ${author}`;
  const words = note.text.trim();
  const where =
    at === undefined
      ? `A cell of sheet "${sheet}"`
      : `Cell ${cellName(at.column, at.row)} of sheet "${sheet}"`;
  return xlsxIssue(
    "comments-not-read",
    "info",
    `${where} has a comment${by}: "${words.length > 120 ? `${words.slice(0, 120)}…` : words}". Comments are not cells and are not read; copy it into a cell if it belongs to the plan.`,
    { sheet, ...(at === undefined ? {} : { row: at.row, column: at.column }), actual: words },
  );
}

/**
 * An info issue for each comment (note) on the sheet's cells, naming its cell and its words, as
 * comments are not read; one for the sheet when its comments cannot be read one by one (threaded
 * comments alone, a missing or damaged part, or more than the issue cap).
 */
export function commentIssues(pkg: WorkbookPackage, rels: readonly Relationship[], sheet: string): Issue[] {
  const parts = rels.filter((r) => r.kind === "comments").map((r) => r.target);
  const notes = parts.map((part) => readNotes(pkg, part));
  const threadedOnly = parts.length === 0 && rels.some((r) => r.kind === "threadedComment");
  if (threadedOnly || notes.some((n) => n === undefined || n.length > ISSUES_PER_CODE))
    return [
      xlsxIssue(
        "comments-not-read",
        "info",
        `Sheet "${sheet}" has comments or notes on its cells; they are not cells and are not read.`,
        { sheet },
      ),
    ];
  return notes.flatMap((list) => (list ?? []).map((note) => noteIssue(note, sheet)));
}
