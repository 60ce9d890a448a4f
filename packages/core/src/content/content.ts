import * as z from "zod";

const BlankLinesBefore = /* @__PURE__ */ z
  .number()
  .int()
  .min(1)
  .optional()
  .describe("Blank lines written before the block, where there are any.");

const Line = /* @__PURE__ */ z
  .string()
  .regex(/\S/, "A line of text is not empty.")
  .regex(/^[^\r\n]*$/, "A line of text holds no line breaks: split it into paragraphs or list items.");

const Mark = (what: string) => z.boolean().optional().describe(`The run is ${what} in the source.`);

/**
 * A stretch of a line's text and the marks it carries in the source: bold, italic, underlined,
 * superscript (the "th" of "5th June").
 *
 * @example
 * ```ts
 * const run: Run = { text: "th", superscript: true };
 * ```
 */
export const Run = /* @__PURE__ */ z
  .object({
    text: z
      .string()
      .min(1, "A run holds some text.")
      .regex(/^[^\r\n]*$/, "A run holds no line breaks.")
      .describe("The run's text, verbatim."),
    bold: Mark("bold"),
    italic: Mark("in italics"),
    underline: Mark("underlined"),
    superscript: Mark("superscript"),
  })
  .describe("A stretch of text with its marks.");
/** A stretch of text with its marks. */
export type Run = z.output<typeof Run>;

const Runs = /* @__PURE__ */ z.array(Run).min(1);

const joined = (runs: readonly Run[]): string => runs.map((run) => run.text).join("");

/**
 * A paragraph of text, as written; `strong` where the whole paragraph is bold in the source.
 * `runs` keeps marks inside the line (an underlined year, a superscript ordinal, a bold phrase):
 * the same text split into runs, present only where the source marks part of it.
 * `blankLinesBefore` (here and on lists) keeps the blank lines written before a block.
 *
 * @example
 * ```ts
 * const p: Paragraph = { kind: "paragraph", text: "Existing resources" };
 * ```
 */
export const Paragraph = /* @__PURE__ */ z
  .object({
    kind: z.literal("paragraph"),
    text: Line.describe("The paragraph's text, verbatim."),
    strong: z.boolean().optional().describe("The whole paragraph is emphasised (bold) in the source."),
    runs: Runs.optional().describe(
      "The text split into runs with their marks, where the source marks part of it; the runs' texts joined are `text`.",
    ),
    blankLinesBefore: BlankLinesBefore,
  })
  .refine((p) => p.runs === undefined || joined(p.runs) === p.text, {
    message: "The runs' texts joined are the paragraph's text.",
    path: ["runs"],
  })
  .describe("A paragraph of text.");
/** A paragraph of text. */
export type Paragraph = z.output<typeof Paragraph>;

/**
 * How a list's items are marked: bullets, numbers, or no marker.
 *
 * @example
 * ```ts
 * ListMarker.parse("bullet"); // "bullet"
 * ```
 */
export const ListMarker = /* @__PURE__ */ z
  .enum(["bullet", "number", "none"])
  .describe("How the list's items are marked.");
/** How a list's items are marked. */
export type ListMarker = z.output<typeof ListMarker>;

/**
 * A list of items, each a line of text: bulleted, numbered or unmarked. A numbered list keeps the
 * number it starts at (`start`), so `3. Third` stays item 3. Where the source marks part of an
 * item, `runs` holds every item's runs in item order (an unmarked item is one run).
 *
 * @example
 * ```ts
 * const list: ListBlock = { kind: "list", marker: "bullet", items: ["Audit carried out", "Report published"] };
 * ```
 */
export const ListBlock = /* @__PURE__ */ z
  .object({
    kind: z.literal("list"),
    marker: ListMarker,
    items: z.array(Line).min(1).describe("The items, verbatim, without their bullet or number."),
    start: z
      .number()
      .int()
      .min(1)
      .max(999)
      .optional()
      .describe(
        "The number of the first item as written (`3. Third`), where a numbered list does not start at 1.",
      ),
    runs: z
      .array(Runs)
      .optional()
      .describe(
        "Each item's text split into runs with their marks, in item order, where the source marks part of some item; each item's runs joined are the item.",
      ),
    blankLinesBefore: BlankLinesBefore,
  })
  .refine(
    (list) =>
      list.runs === undefined ||
      (list.runs.length === list.items.length &&
        list.runs.every((runs, i) => joined(runs) === list.items[i])),
    { message: "The list has one set of runs per item, each joined giving its item.", path: ["runs"] },
  )
  .describe("A list of items.");
/** A list of items. */
export type ListBlock = z.output<typeof ListBlock>;

/**
 * A block of text: a paragraph or a list.
 *
 * @example
 * ```ts
 * const block: Block = { kind: "list", marker: "number", items: ["Arrest Referral"] };
 * ```
 */
export const Block = /* @__PURE__ */ z
  .discriminatedUnion("kind", [Paragraph, ListBlock])
  .describe("A paragraph or a list.");
/** A paragraph or a list. */
export type Block = z.output<typeof Block>;

/**
 * The text of a cell or section: paragraphs and lists in order. Tables cells in the source
 * documents hold several paragraphs and bullet lists; content keeps that structure.
 *
 * @example
 * ```ts
 * const cell: Content = [
 *   { kind: "paragraph", text: "Establish a process where advice is available at all stages from" },
 *   { kind: "list", marker: "none", items: ["1. Arrest Referral", "2. Social Worker in Court (with support from 4square)"] },
 * ];
 * ```
 */
export const Content = /* @__PURE__ */ z.array(Block).describe("Paragraphs and lists, in order.");
/** Paragraphs and lists, in order. */
export type Content = z.output<typeof Content>;
