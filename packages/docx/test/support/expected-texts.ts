import {
  builtInRegistry,
  type ChapterBlock,
  type CommitteeReport,
  type Content,
  type Plan,
  type ProgressReturn,
  type Theme,
} from "@cja-kit/core";
import { sectionNumbers } from "../../src/_internal/section-number";

// Every string of the seed data a reader should find in the rendered document.

const texts = (content: Content | undefined): string[] =>
  (content ?? []).flatMap((block) => (block.kind === "paragraph" ? [block.text] : block.items));

function blockTexts(block: ChapterBlock): string[] {
  switch (block.kind) {
    case "paragraph":
      return [block.text];
    case "list":
      return block.items;
    case "heading":
      return [block.text];
    case "outcome-list": {
      const outcomes = (builtInRegistry.frameworks[block.framework]?.outcomes ?? []).filter(
        (o) => block.groups === undefined || block.groups.includes(o.group),
      );
      return [
        ...(block.headings ?? []),
        ...outcomes.map((o) => (block.style === "numbered" ? o.wording : `${o.code} - ${o.wording}`)),
      ];
    }
    default:
      return [];
  }
}

function themeTexts(theme: Theme): string[] {
  return [
    ...[theme.number, theme.title].filter((t) => t !== undefined),
    ...texts(theme.localOutcomes),
    ...(theme.columns ?? []).map((column) => column.label),
    ...(theme.actions ?? []).flatMap((action) => [
      action.number,
      ...(action.outcomeRefs === undefined ? [] : [action.outcomeRefs.raw]),
      ...texts(action.title),
      ...texts(action.aim),
      ...texts(action.objective),
      ...action.rows.flatMap((row) => [
        ...texts(row.localOutcome),
        ...texts(row.localTarget),
        ...texts(row.detail),
        ...texts(row.milestones),
        ...texts(row.frequency),
        ...(row.timescale?.raw.split("\n") ?? []),
        ...texts(row.lead),
        ...texts(row.partners),
        ...(row.resources?.raw.split("\n") ?? []),
        ...Object.values(row.flags ?? {}).map((flag) => flag.raw),
      ]),
    ]),
    ...(theme.themes ?? []).flatMap(themeTexts),
  ];
}

/**
 * Every string of a plan a reader sees, outcome lists filled in. The contents page is a table of
 * contents made from the headings, so the source's own entries and pages are not among them.
 */
export function planTexts(plan: Plan): string[] {
  return [
    ...(plan.cover?.lines ?? []),
    ...(plan.title === undefined ? [] : [plan.title]),
    ...(plan.cover?.address ?? []),
    ...(plan.contents === undefined ? [] : [plan.contents.heading, plan.contents.pageHeading ?? ""]),
    ...(plan.glossary === undefined
      ? []
      : [plan.glossary.heading, ...plan.glossary.entries.flatMap((e) => [e.term, e.definition])]),
    ...(plan.chapters ?? []).flatMap((chapter) => [chapter.title, ...chapter.blocks.flatMap(blockTexts)]),
    ...(plan.actionsHeading === undefined ? [] : [plan.actionsHeading]),
    ...plan.columns.map((column) => column.label),
    ...plan.themes.flatMap(themeTexts),
    ...(plan.appendices ?? []).flatMap((chapter) => [chapter.title, ...chapter.blocks.flatMap(blockTexts)]),
  ].filter((text) => text.length > 0);
}

/** Every string of a progress return a reader sees. */
export function progressTexts(progress: ProgressReturn): string[] {
  return progress.entries.flatMap((entry) => [
    ...texts(entry.progress),
    ...(entry.byCouncil ?? []).flatMap((part) => [part.council, ...texts(part.progress)]),
    ...texts(entry.nextSteps),
  ]);
}

/**
 * Every string of a committee report a reader sees, the contact block as the council prints it
 * and the section numbers printed one way.
 */
export function reportTexts(report: CommitteeReport): string[] {
  const contact = report.contact;
  const numbers = sectionNumbers(report.sections.map((section) => section.number));
  return [
    ...[report.agendaItem, report.reportBy, report.subject, report.meeting, report.meetingDate],
    ...report.sections.flatMap((section, i) => [
      numbers[i],
      section.title,
      ...section.paragraphs.flatMap((p) => [p.number, ...texts(p.content)]),
    ]),
    report.author?.name,
    report.author?.role,
    report.author?.body,
    report.date,
    report.contactHeading,
    report.contactIntro,
    ...(contact === undefined
      ? []
      : [
          [contact.name, contact.role].filter((t) => t !== undefined).join(", "),
          contact.phone,
          contact.email && `E-mail: ${contact.email}`,
        ]),
  ].filter((text): text is string => text !== undefined && text.length > 0);
}

/** Whitespace collapsed: the only liberty the comparison takes. */
export const normaliseSpace = (text: string): string => text.replace(/\s+/g, " ").trim();
