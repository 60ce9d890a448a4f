import {
  AlignmentType,
  Document,
  type FileChild,
  Footer,
  Header,
  PageNumber,
  type PageNumberEstimator,
  PageOrientation,
  Paragraph,
  TableOfContents,
  TextRun,
} from "docx";
import type { RenderedDocx } from "../rendered-docx";
import { cleanText } from "./clean-text";
import type { Context } from "./context";
import { corePropertiesPart } from "./core-properties";
import { laterPageNumbers } from "./page-numbers";
import type { Resolved } from "./resolve-options";
import { documentStyles, numbering, STYLE } from "./styles";
import { textRuns } from "./text-runs";

/** Which way a section's pages face. */
export type Orientation = "portrait" | "landscape";

/**
 * A run of pages with one orientation. Its first page may be a `cover` (no running header or
 * page number) or `untitled` (the title is on the page itself, so no running header repeats it).
 */
export type SectionSpec = {
  orientation: Orientation;
  children: FileChild[];
  firstPage?: "cover" | "untitled";
};

/** The orientation a section gets: the option's, else the kind's own. */
export const orientationOf = (o: Resolved, own: Orientation): Orientation => o.orientation ?? own;

/** The width between the margins of a page, in twips. */
export function contentWidth(o: Resolved, own: Orientation): number {
  const { width, height } = o.paper;
  const across = orientationOf(o, own) === "landscape" ? Math.max(width, height) : Math.min(width, height);
  return across - 2 * o.margin;
}

/** The height between the margins of a page, in twips. */
export function contentHeight(o: Resolved, own: Orientation): number {
  const { width, height } = o.paper;
  const down = orientationOf(o, own) === "landscape" ? Math.min(width, height) : Math.max(width, height);
  return down - 2 * o.margin;
}

function header(context: Context, title: string): Header {
  const runs = textRuns(context, title, { path: ["title"] });
  return new Header({
    children: [new Paragraph({ style: STYLE.small, alignment: AlignmentType.RIGHT, children: runs })],
  });
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.small,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

const blank = () => new Header({ children: [new Paragraph({ style: STYLE.small, children: [] })] });
const blankFooter = () => new Footer({ children: [new Paragraph({ style: STYLE.small, children: [] })] });

function headers(context: Context, spec: SectionSpec, title: string) {
  const o = context.options;
  const first = spec.firstPage !== undefined;
  return {
    ...(o.header
      ? { headers: { default: header(context, title), ...(first ? { first: blank() } : {}) } }
      : {}),
    ...(o.footer
      ? {
          footers: {
            default: footer(),
            ...(first ? { first: spec.firstPage === "cover" ? blankFooter() : footer() } : {}),
          },
        }
      : {}),
  };
}

function section(context: Context, spec: SectionSpec, title: string) {
  const o = context.options;
  const orientation = orientationOf(o, spec.orientation);
  const { width, height } = o.paper;
  return {
    properties: {
      page: {
        size: {
          width: Math.min(width, height),
          height: Math.max(width, height),
          orientation: orientation === "landscape" ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: o.margin,
          right: o.margin,
          bottom: o.margin,
          left: o.margin,
          header: 567,
          footer: 567,
        },
      },
      ...(spec.firstPage === undefined ? {} : { titlePage: true }),
    },
    ...headers(context, spec, title),
    children: spec.children,
  };
}

/**
 * The document from its sections: styles, lists, header and footer, and properties (title,
 * author, created date, language) from the options or the document's own.
 */
export function assemble(
  context: Context,
  sections: readonly SectionSpec[],
  own: { title: string; author: string },
): RenderedDocx {
  const o = context.options;
  const title = cleanText(context, o.title ?? own.title, { path: ["title"] });
  const creator = cleanText(context, o.author ?? own.author, { path: ["author"] });
  const extra = {
    ...(o.subject === undefined ? {} : { subject: cleanText(context, o.subject, { path: ["subject"] }) }),
    ...(o.description === undefined
      ? {}
      : { description: cleanText(context, o.description, { path: ["description"] }) }),
    ...(o.keywords === undefined ? {} : { keywords: cleanText(context, o.keywords, { path: ["keywords"] }) }),
  };
  const build = (pageNumbers?: PageNumberEstimator) =>
    new Document({
      title,
      creator,
      lastModifiedBy: creator,
      ...extra,
      styles: documentStyles(o),
      numbering,
      ...(pageNumbers === undefined ? {} : { pageNumbers }),
      sections: sections.map((spec) => section(context, spec, title)),
    });
  const document = build(o.pageNumbers === false ? undefined : o.pageNumbers);
  // A contents page's numbers are worked out when packing, with docx's layout loaded only then.
  if (
    o.pageNumbers === undefined &&
    sections.some((spec) => spec.children.some((c) => c instanceof TableOfContents))
  )
    laterPageNumbers(document, build);
  return {
    document,
    issues: context.issues,
    body: sections.flatMap((spec) => spec.children),
    parts: [corePropertiesPart({ title, creator, ...extra, language: o.language, created: o.created })],
  };
}
