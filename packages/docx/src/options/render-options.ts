import type { AssessPlanOptions, Column, OutcomeRegistry, Rag } from "@cja-kit/core";

/**
 * A paper size: a name, or width and height in millimetres (portrait).
 *
 * @example
 * ```ts
 * const size: PaperSize = { width: 210, height: 297 };
 * ```
 */
export type PaperSize = "A4" | "A3" | "Letter" | { width: number; height: number };

/**
 * The colours of a rendered document, as six-digit hex values without `#`.
 *
 * @example
 * ```ts
 * const colours: DocxColours = { ...defaultColours, accent: "00573F" };
 * ```
 */
export type DocxColours = {
  /** Headings and the title. */
  accent: string;
  /** Fill of table header rows. */
  headerFill: string;
  /** Fill of theme rows inside tables and of the "Outcome" label. */
  themeFill: string;
  /** Fill of a progress cell by its RAG rating; the rating is always printed as text too. */
  rag: Record<Rag, string>;
};

/**
 * Options every renderer takes. Every option has a default, so `{}` renders each document as
 * its seed looks: A4, Arial 11 pt (tables 9 pt), tables in landscape, en-GB.
 *
 * @example
 * ```ts
 * const options: RenderOptions = {
 *   paperSize: "A4",
 *   font: "Arial",
 *   created: "2024-04-01T09:00:00Z",
 *   author: "Lanarkshire CJA",
 *   columns: (inForce) => inForce.filter((c) => c.field !== "resources"),
 * };
 * ```
 */
export type RenderOptions = {
  /** Paper size. @defaultValue `"A4"` */
  paperSize?: PaperSize;
  /**
   * Orientation of every page. By default tables are set in landscape and prose (cover,
   * contents, chapters, committee reports) in portrait.
   */
  orientation?: "portrait" | "landscape";
  /** Page margins in millimetres. @defaultValue `20` */
  marginMm?: number;
  /** Font family of the whole document. @defaultValue `"Arial"` */
  font?: string;
  /** Body text size in points. @defaultValue `11` */
  fontSize?: number;
  /** Text size inside tables, in points. @defaultValue `9` */
  tableFontSize?: number;
  /** Colours; those not given keep their defaults. @defaultValue {@link defaultColours} */
  colours?: Partial<DocxColours>;
  /**
   * The table's columns: a list replacing every table's columns, or a function from the columns
   * in force (the plan's, or a theme's own) to those to print. @defaultValue the plan's and
   * themes' own columns
   */
  columns?: readonly Column[] | ((inForce: readonly Column[]) => readonly Column[]);
  /** Document title (properties and running header). @defaultValue the document's own title */
  title?: string;
  /** Author (`dc:creator`). @defaultValue the authority's name */
  author?: string;
  /** Subject property. @defaultValue none */
  subject?: string;
  /** Description (comments) property. @defaultValue none */
  description?: string;
  /** Keywords (tags) property. @defaultValue none */
  keywords?: string;
  /** Created and modified date: set it for byte-stable output. @defaultValue now */
  created?: Date | string;
  /** Print the document title in the page header. @defaultValue `true` */
  header?: boolean;
  /** Print "Page X of Y" in the page footer. @defaultValue `true` */
  footer?: boolean;
  /** Language of the text. @defaultValue `"en-GB"` */
  language?: string;
  /** Frameworks that fill `outcome-list` blocks. @defaultValue `builtInRegistry` */
  registry?: OutcomeRegistry;
  /**
   * How a plan's contents page (a Word table of contents, which Word updates on opening) gets its
   * page numbers: by default `toBlob` and `toBuffer` work them out with docx's layout of the pages
   * (`estimatePageNumbers` from `docx/layout`, loaded only for a document with a contents page);
   * give an estimator of your own (e.g. `estimatePageNumbersWith({ fonts })`) to use it instead,
   * or `false` to leave the numbers for Word to fill in (LibreOffice then shows none).
   * Typed as any function so that this package's types do not load docx's (which bring in Node's).
   * @defaultValue worked out when packed
   */
  pageNumbers?: ((...args: never[]) => unknown) | false;
};

/**
 * Options of {@link renderProgressReport}: the common options, how to rate, and whether to
 * print each rating's reason.
 *
 * @example
 * ```ts
 * const options: ProgressReportOptions = { assess: { at: "2010-09-30" }, ragReasons: true };
 * ```
 */
export type ProgressReportOptions = RenderOptions & {
  /** Reporting date and rules for `assessPlan`. @defaultValue the return's period end, `defaultRagRules` */
  assess?: AssessPlanOptions;
  /** Print the reason for each rating under it (core's checks are printed either way). @defaultValue `true` */
  ragReasons?: boolean;
};

/**
 * The default colours: dark blue headings, pale blue header rows, grey theme rows, and RAG
 * fills light enough for black text.
 *
 * @example
 * ```ts
 * defaultColours.rag.red; // "F4B6B6"
 * ```
 */
export const defaultColours: DocxColours = {
  accent: "1F3864",
  headerFill: "D9E2F3",
  themeFill: "EDEDED",
  rag: { red: "F4B6B6", amber: "FFD966", green: "B6D7A8", "not-rated": "D9D9D9" },
};

/**
 * Options of {@link renderCommitteeReport}: the common options, and whether to print the
 * letterhead (the authority, the "Report" title and the header fields), which a council's own
 * template may already have.
 *
 * @example
 * ```ts
 * const options: CommitteeReportOptions = { letterhead: false, header: false, footer: false };
 * ```
 */
export type CommitteeReportOptions = RenderOptions & {
  /** Print the authority, the "Report" title and the header fields. @defaultValue `true` */
  letterhead?: boolean;
};
