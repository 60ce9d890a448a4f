import {
  builtInRegistry,
  type ChapterBlock,
  type CommitteeReport,
  type Content,
  type OutcomeRegistry,
  type Plan,
  type ProgressReturn,
  type Run,
  type Theme,
} from "@cja-kit/core";

// Tools for checking that data (or a rendered document) keeps a seed's wording verbatim. Seeds
// are text extractions: markup, field codes, bookmarks and bullet glyphs are not content.

/** Whitespace collapsed to single spaces: the only liberty a verbatim comparison takes. */
export const normaliseSpace = (text: string): string => text.replace(/\s+/g, " ").trim();

function stripMarkup(line: string): string {
  return line
    .replace(/\s*LISTNUM\s+\S+(?:\s+\\l\s+\d+)?(?:\s+\\)?\s*/g, " ")
    .replace(/\[[0-9a-z]*(?:purpose|recs)\]/gi, " ")
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .replace(/\s*<sup>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\*\*/g, "")
    .replace(/^#+\s*/, "");
}

/**
 * The seed's text as fragments a reader sees: one per table cell, paragraph or list item, with
 * markup, field codes, bookmarks, bullet glyphs and list numbers removed, and space collapsed.
 */
export function seedFragments(text: string): string[] {
  return text
    .split(/\r?\n/)
    .flatMap((line) => line.split(/\t|<\/?p>|<\/?li>|<\/?[uo]l[^>]*>/))
    .map((part) =>
      normaliseSpace(
        stripMarkup(part)
          .replace(/^\s*[·•]\s*/, "")
          .replace(/^\d+\.\s+/, ""),
      ),
    )
    .filter((part) => part.length > 0 && !/^\]$/.test(part));
}

/** The seed's whole text with markup removed and space collapsed, for looking strings up in. */
export function seedHaystack(text: string): string {
  return normaliseSpace(
    text
      .split(/\r?\n/)
      .map((line) => stripMarkup(line).replace(/(^|\s)[·•]\s/g, "$1"))
      .join(" "),
  );
}

function contentTexts(content: Content | undefined): string[] {
  return (content ?? []).flatMap((block) => (block.kind === "paragraph" ? [block.text] : block.items));
}

function chapterTexts(blocks: readonly ChapterBlock[], registry: OutcomeRegistry): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.kind) {
      case "paragraph":
        return [block.text];
      case "list":
        return block.items;
      case "heading":
        return [block.text];
      case "outcome-list": {
        const framework = registry.frameworks[block.framework];
        const outcomes = (framework?.outcomes ?? []).filter(
          (o) => block.groups === undefined || block.groups.includes(o.group),
        );
        const coded = block.style !== "numbered";
        return [
          ...(block.headings ?? []),
          ...outcomes.map((o) => (coded ? `${o.code} - ${o.wording}` : o.wording)),
        ];
      }
      default:
        return [];
    }
  });
}

function themeTexts(theme: Theme): string[] {
  return [
    ...(theme.number === undefined ? [] : [theme.number]),
    ...(theme.title === undefined ? [] : [theme.title]),
    ...contentTexts(theme.localOutcomes),
    ...(theme.actions ?? []).flatMap((action) => [
      action.number,
      ...(action.outcomeRefs === undefined ? [] : [action.outcomeRefs.raw]),
      ...contentTexts(action.title),
      ...contentTexts(action.aim),
      ...contentTexts(action.objective),
      ...action.rows.flatMap((row) => [
        ...contentTexts(row.localOutcome),
        ...contentTexts(row.localTarget),
        ...contentTexts(row.detail),
        ...contentTexts(row.milestones),
        ...contentTexts(row.frequency),
        ...(row.timescale?.raw.split("\n") ?? []),
        ...contentTexts(row.lead),
        ...contentTexts(row.partners),
        ...(row.resources?.raw.split("\n") ?? []),
        ...Object.values(row.flags ?? {}).map((flag) => flag.raw),
      ]),
    ]),
    ...(theme.themes ?? []).flatMap(themeTexts),
    ...(theme.columns ?? []).map((column) => column.label),
  ];
}

/** Every string of a plan a reader would see, in document order (outcome lists filled in). */
export function planTexts(plan: Plan, registry: OutcomeRegistry = builtInRegistry): string[] {
  return [
    ...(plan.cover?.lines ?? []),
    ...(plan.title === undefined ? [] : [plan.title]),
    ...(plan.cover?.address ?? []),
    ...(plan.contents === undefined
      ? []
      : [
          plan.contents.heading,
          plan.contents.pageHeading ?? "",
          ...plan.contents.entries.flatMap((e) => [e.title, e.pages ?? ""]),
        ]),
    ...(plan.glossary === undefined
      ? []
      : [plan.glossary.heading, ...plan.glossary.entries.flatMap((e) => [e.term, e.definition])]),
    ...(plan.chapters ?? []).flatMap((chapter) => [chapter.title, ...chapterTexts(chapter.blocks, registry)]),
    ...(plan.actionsHeading === undefined ? [] : [plan.actionsHeading]),
    ...plan.columns.map((column) => column.label),
    ...plan.themes.flatMap(themeTexts),
    ...(plan.appendices ?? []).flatMap((chapter) => [
      chapter.title,
      ...chapterTexts(chapter.blocks, registry),
    ]),
  ].filter((text) => text.length > 0);
}

/** Every string of a progress return a reader would see. */
export function progressTexts(progress: ProgressReturn): string[] {
  return [
    ...(progress.title === undefined ? [] : [progress.title]),
    ...progress.entries.flatMap((entry) => [
      ...contentTexts(entry.progress),
      ...(entry.byCouncil ?? []).flatMap((part) => [part.council, ...contentTexts(part.progress)]),
      ...contentTexts(entry.nextSteps),
    ]),
  ];
}

/** Every string of a committee report a reader would see. */
export function reportTexts(report: CommitteeReport): string[] {
  return [
    ...[report.reportBy, report.subject, report.meeting, report.meetingDate].filter(
      (text) => text !== undefined,
    ),
    ...report.sections.flatMap((section) => [
      ...(section.number === undefined ? [] : [section.number]),
      section.title,
      ...section.paragraphs.flatMap((p) => [
        ...(p.number === undefined ? [] : [p.number]),
        ...contentTexts(p.content),
      ]),
    ]),
    ...[
      report.author?.name,
      report.author?.role,
      report.author?.body,
      report.date,
      report.contactHeading,
      report.contactIntro,
    ].filter((t) => t !== undefined),
    ...[report.contact?.name, report.contact?.role, report.contact?.phone, report.contact?.email].filter(
      (t) => t !== undefined,
    ),
  ];
}

/** A mark the source puts on some words: bold, underline or superscript, and the words. */
export type SeedMark = {
  mark: "bold" | "underline" | "superscript" | "italic";
  text: string;
  inline: boolean;
};

const MARKUP: ReadonlyArray<[RegExp, SeedMark["mark"]]> = [
  [/<b>(.*?)<\/b>/g, "bold"],
  [/\*\*(.+?)\*\*/g, "bold"],
  [/<u>(.*?)<\/u>/g, "underline"],
  [/<sup>(.*?)<\/sup>/g, "superscript"],
];

/**
 * The marks of a seed: each marked stretch of a cell, paragraph or list item, with its words as
 * {@link seedFragments} gives them; `inline` where the mark does not start its fragment (a bold
 * phrase inside a sentence, "5 <sup>th</sup> June"), as opposed to a bold heading or number.
 */
export function seedMarks(text: string): SeedMark[] {
  return text
    .split(/\r?\n/)
    .flatMap((line) => line.split(/\t|<\/?p>|<\/?li>|<\/?[uo]l[^>]*>/))
    .flatMap((part) => {
      const whole = normaliseSpace(stripMarkup(part).replace(/^\s*[·•]\s*/, ""));
      return MARKUP.flatMap(([pattern, mark]) =>
        [...part.matchAll(pattern)].map((m) => {
          const words = normaliseSpace(stripMarkup(m[1] ?? ""));
          return { mark, text: words, inline: words.length > 0 && !whole.startsWith(words) };
        }),
      );
    })
    .filter((m) => m.text.length > 0);
}

/** Every marked run of some data (plans, returns, reports): its mark and its words. */
export function dataMarks(value: unknown): Array<{ mark: SeedMark["mark"]; text: string }> {
  if (Array.isArray(value)) return value.flatMap(dataMarks);
  if (typeof value !== "object" || value === null) return [];
  const own =
    "runs" in value && Array.isArray(value.runs)
      ? (value.runs.flat() as Run[]).flatMap((run) =>
          (["bold", "underline", "superscript", "italic"] as const)
            .filter((mark) => run[mark] === true)
            .map((mark) => ({ mark, text: normaliseSpace(run.text) })),
        )
      : [];
  return [...own, ...Object.entries(value).flatMap(([key, v]) => (key === "runs" ? [] : dataMarks(v)))];
}
