import type { Plan } from "@cja-kit/core";
import {
  AlignmentType,
  type FileChild,
  HeadingLevel,
  LeaderType,
  PageReference,
  Paragraph,
  Tab,
  TableRow,
  TabStopType,
  TextRun,
} from "docx";
import { chapterChildren } from "./chapter";
import { splitWidth } from "./column-widths";
import { at, type Context } from "./context";
import { heading } from "./heading";
import { STYLE } from "./styles";
import { cell, headerRow, table } from "./table";
import { textRuns } from "./text-runs";

/** A heading the contents page can point to, with its bookmark. */
export type Target = { text: string; bookmark: string };

const key = (text: string) => text.toUpperCase().replace(/[^A-Z]/g, "");

/** The heading a contents entry names: the same words, else the first heading starting with them. */
function targetOf(targets: readonly Target[], title: string): Target | undefined {
  const wanted = key(title);
  if (wanted.length === 0) return undefined;
  return targets.find((t) => key(t.text) === wanted) ?? targets.find((t) => key(t.text).startsWith(wanted));
}

/** The cover: authority lines, the title (Title style), a subtitle, and the address lines. */
export function cover(
  context: Context,
  plan: Plan,
  title: string | undefined,
  subtitle?: string,
): FileChild[] {
  const line = (text: string, style: string, where: ReadonlyArray<string | number>) =>
    new Paragraph({ style, children: textRuns(context, text, { path: where }) });
  return [
    ...(plan.cover?.lines ?? []).map((text, i) => line(text, STYLE.coverLine, ["cover", "lines", i])),
    ...(title === undefined
      ? []
      : [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            spacing: { before: 480, after: 240 },
            children: textRuns(context, title, { path: ["title"] }),
          }),
        ]),
    ...(subtitle === undefined ? [] : [line(subtitle, STYLE.coverLine, ["progress", "title"])]),
    ...(plan.cover?.address ?? []).map((text, i) => line(text, STYLE.address, ["cover", "address", i])),
  ];
}

/**
 * The contents page as the plan writes it: each entry with a page reference to the heading it
 * names when page numbers are worked out (`options.pageNumbers`), else the pages as written.
 */
export function contents(
  context: Context,
  plan: Plan,
  targets: readonly Target[],
  width: number,
): FileChild[] {
  const c = plan.contents;
  if (c === undefined) return [];
  const estimate = context.options.pageNumbers !== undefined;
  const tabStops = [{ type: TabStopType.RIGHT, position: width, leader: LeaderType.DOT }];
  const entry = (title: string, pages: string | undefined, i: number) => {
    const target = estimate ? targetOf(targets, title) : undefined;
    const where = { path: ["contents", "entries", i] };
    const page =
      target !== undefined
        ? [new PageReference(target.bookmark, { hyperlink: false })]
        : textRuns(context, pages ?? "", at(where, "pages"), { bold: true });
    return new Paragraph({
      tabStops,
      children: [
        ...textRuns(context, title, at(where, "title"), { bold: true }),
        new TextRun({ children: [new Tab()] }),
        ...page,
      ],
    });
  };
  return [
    heading(context, 1, c.heading, { path: ["contents", "heading"] }, { pageBreakBefore: true }),
    ...(c.pageHeading === undefined
      ? []
      : [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: textRuns(context, c.pageHeading, { path: ["contents", "pageHeading"] }, { bold: true }),
          }),
        ]),
    ...c.entries.map((e, i) => entry(e.title, e.pages, i)),
  ];
}

/** The glossary: its heading and a two-column table, terms in bold, header row repeated. */
export function glossary(
  context: Context,
  plan: Plan,
  bookmark: string | undefined,
  width: number,
): FileChild[] {
  const g = plan.glossary;
  if (g === undefined) return [];
  const widths = splitWidth([1, 3], width);
  const rows = g.entries.map((e, i) => {
    const where = { path: ["glossary", "entries", i] };
    return new TableRow({
      children: [
        cell(
          [
            new Paragraph({
              style: STYLE.cell,
              children: textRuns(context, e.term, at(where, "term"), { bold: true }),
            }),
          ],
          widths[0] ?? 0,
        ),
        cell(
          [
            new Paragraph({
              style: STYLE.cell,
              children: textRuns(context, e.definition, at(where, "definition")),
            }),
          ],
          widths[1] ?? 0,
        ),
      ],
    });
  });
  return [
    heading(
      context,
      1,
      g.heading,
      { path: ["glossary", "heading"] },
      { pageBreakBefore: true, ...(bookmark === undefined ? {} : { bookmark }) },
    ),
    table([headerRow(context, ["Term", "Definition"], widths, { path: ["glossary"] }), ...rows], widths),
  ];
}

/** Bookmarks for the headings a contents page may name, when page numbers are worked out. */
export function contentsTargets(
  context: Context,
  plan: Plan,
): { glossary?: Target; chapters: Target[]; actions?: Target; appendices: Target[] } {
  if (context.options.pageNumbers === undefined || plan.contents === undefined)
    return { chapters: [], appendices: [] };
  const target = (text: string): Target => ({ text, bookmark: context.nextBookmark() });
  return {
    ...(plan.glossary === undefined ? {} : { glossary: target(plan.glossary.heading) }),
    chapters: (plan.chapters ?? []).map((chapter) => target(chapter.title)),
    ...(plan.actionsHeading === undefined ? {} : { actions: target(plan.actionsHeading) }),
    appendices: (plan.appendices ?? []).map((chapter) => target(chapter.title)),
  };
}

/** Cover, contents, glossary and narrative chapters: the portrait front of a plan. */
export function frontMatter(
  context: Context,
  plan: Plan,
  title: string | undefined,
  subtitle: string | undefined,
  targets: ReturnType<typeof contentsTargets>,
  width: number,
): FileChild[] {
  const all = [targets.glossary, ...targets.chapters, targets.actions, ...targets.appendices].flatMap((t) =>
    t === undefined ? [] : [t],
  );
  return [
    ...cover(context, plan, title, subtitle),
    ...contents(context, plan, all, width),
    ...glossary(context, plan, targets.glossary?.bookmark, width),
    ...(plan.chapters ?? []).flatMap((chapter, i) =>
      chapterChildren(context, chapter, { path: ["chapters", i] }, width, {
        level: 1,
        pageBreakBefore: true,
        ...(targets.chapters[i] === undefined ? {} : { bookmark: targets.chapters[i].bookmark }),
      }),
    ),
  ];
}
