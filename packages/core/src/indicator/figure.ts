import * as z from "zod";

/**
 * Whether a figure holds a number: `value`, or as statistics tables mark a missing one:
 * `not-available` (`..`, `n/a`, `-`), `suppressed` (`*`, `c`: withheld to protect individuals) or
 * `not-applicable` (`N/A` used so, `x`); `unreadable` when the wording is none of these (it is
 * kept, never guessed).
 *
 * @example
 * ```ts
 * const availability: FigureAvailability = "not-available";
 * ```
 */
export const FigureAvailability = /* @__PURE__ */ z
  .enum(["value", "not-available", "suppressed", "not-applicable", "unreadable"])
  .describe("Whether the figure holds a number, and if not why.");
/** Whether a figure holds a number, and if not why. */
export type FigureAvailability = z.output<typeof FigureAvailability>;

/**
 * A figure as the source wrote it (`20,508`, `94%`, `..`, `*`) with the number it means, if any.
 * `raw` is always kept, so it is written back as the source wrote it.
 *
 * @example
 * ```ts
 * const figure: Figure = { raw: "20,508", value: 20508, availability: "value" };
 * const missing: Figure = { raw: "..", availability: "not-available" };
 * ```
 */
export const Figure = /* @__PURE__ */ z
  .object({
    raw: z.string().describe("The figure as written."),
    value: z.number().optional().describe("The number, when the figure has one."),
    availability: FigureAvailability,
  })
  .describe("A figure as written, with the number it means.");
/** A figure as written, with the number it means. */
export type Figure = z.output<typeof Figure>;
