import * as z from "zod";
import { ListBlock, Paragraph } from "../content/content";

/**
 * A list of a framework's outcomes placed in a document, filled from the framework's wording:
 * `numbered` per group (seed 002 "The 14 National Outcomes"), `coded` as "C1 - wording", or
 * `group-columns`, one column per group (seed 003's appendix). `headings` override group labels.
 *
 * @example
 * ```ts
 * const block: OutcomeListBlock = { kind: "outcome-list", framework: "nab-2008", groups: ["A"], style: "numbered" };
 * ```
 */
export const OutcomeListBlock = /* @__PURE__ */ z
  .object({
    kind: z.literal("outcome-list"),
    framework: z.string().min(1).describe("The framework whose outcomes are listed."),
    groups: z.array(z.string().min(1)).optional().describe("Groups to list; all by default."),
    style: z
      .enum(["numbered", "coded", "group-columns"])
      .describe("Numbered per group, coded (`C1 - wording`), or one column per group."),
    headings: z.array(z.string()).optional().describe("Group headings as the document writes them."),
  })
  .describe("A framework's outcomes listed in a document.");
/** A framework's outcomes listed in a document. */
export type OutcomeListBlock = z.output<typeof OutcomeListBlock>;

/**
 * A heading inside a chapter (level 1 is the chapter's own level + 1).
 *
 * @example
 * ```ts
 * const heading: HeadingBlock = { kind: "heading", level: 1, text: "The 14 National Outcomes" };
 * ```
 */
export const HeadingBlock = /* @__PURE__ */ z
  .object({
    kind: z.literal("heading"),
    level: z.number().int().min(1).max(3).describe("The heading's level, 1 to 3."),
    text: z.string().min(1).describe("The heading as written."),
  })
  .describe("A heading inside a chapter.");
/** A heading inside a chapter. */
export type HeadingBlock = z.output<typeof HeadingBlock>;

/**
 * A block of a narrative chapter: paragraph, list, heading or outcome list.
 *
 * @example
 * ```ts
 * const block: ChapterBlock = { kind: "paragraph", text: "This Action Plan's Key Measures make explicit links …" };
 * ```
 */
export const ChapterBlock = /* @__PURE__ */ z
  .discriminatedUnion("kind", [Paragraph, ListBlock, HeadingBlock, OutcomeListBlock])
  .describe("A block of a narrative chapter.");
/** A block of a narrative chapter. */
export type ChapterBlock = z.output<typeof ChapterBlock>;

/**
 * A narrative chapter of a plan (seed 002 "NEW STRATEGIC DEVELOPMENTS", "RESOURCES") or an
 * appendix (seed 003's National Strategy outcomes).
 *
 * @example
 * ```ts
 * const chapter: Chapter = { title: "RESOURCES", blocks: [{ kind: "paragraph", text: "…", strong: true }] };
 * ```
 */
export const Chapter = /* @__PURE__ */ z
  .object({
    title: z.string().min(1).describe("The chapter's title as written."),
    blocks: z.array(ChapterBlock).describe("Its paragraphs, lists, headings and outcome lists, in order."),
  })
  .describe("A narrative chapter or appendix.");
/** A narrative chapter or appendix. */
export type Chapter = z.output<typeof Chapter>;
