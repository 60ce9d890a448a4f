import type { CommitteeReport } from "@cja-kit/core";
import { type FileChild, Paragraph } from "docx";
import type { Context } from "./context";
import { heading } from "./heading";
import { textRuns } from "./text-runs";

function line(context: Context, text: string | undefined, path: string[], before = 0): Paragraph[] {
  if (text === undefined) return [];
  const bold = path[1] === "name" && path[0] === "author";
  return [
    new Paragraph({
      spacing: before === 0 ? { after: 0 } : { before, after: 0 },
      children: textRuns(context, text, { path }, bold ? { bold } : {}),
    }),
  ];
}

function authorBlock(context: Context, report: CommitteeReport): Paragraph[] {
  const author = report.author;
  return [
    ...(author === undefined
      ? []
      : [
          ...line(context, author.name, ["author", "name"], 480),
          ...line(context, author.role, ["author", "role"]),
          ...line(context, author.body, ["author", "body"]),
        ]),
    ...line(context, report.date, ["date"], author === undefined ? 480 : 0),
  ];
}

function contactBlock(context: Context, report: CommitteeReport): FileChild[] {
  const contact = report.contact;
  if (report.contactHeading === undefined && report.contactIntro === undefined && contact === undefined)
    return [];
  const name =
    contact === undefined
      ? undefined
      : [contact.name, contact.role].filter((t) => t !== undefined).join(", ");
  return [
    // A heading only where the report has one: seed 004 goes straight to its contact sentence.
    ...(report.contactHeading === undefined
      ? []
      : [heading(context, 2, report.contactHeading, { path: ["contactHeading"] })]),
    ...(report.contactIntro === undefined
      ? []
      : [new Paragraph({ children: textRuns(context, report.contactIntro, { path: ["contactIntro"] }) })]),
    ...line(context, name, ["contact", "name"]),
    ...line(context, contact?.phone, ["contact", "phone"]),
    ...line(context, contact?.email === undefined ? undefined : `E-mail: ${contact.email}`, [
      "contact",
      "email",
    ]),
  ];
}

/** The end of a council report: the author's name (bold), role and body, the date, and the contact block. */
export function reportClosing(context: Context, report: CommitteeReport): FileChild[] {
  return [...authorBlock(context, report), ...contactBlock(context, report)];
}
