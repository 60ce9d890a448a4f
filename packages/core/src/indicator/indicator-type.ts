import * as z from "zod";
import { guarded, isText } from "../_internal/guard";

/**
 * The kind of an indicator: under the 2016 Outcomes, Performance and Improvement framework a
 * `quantitative`, `contextual` or `change-and-impact` indicator (the types partnerships' action
 * plans list, e.g. West Dunbartonshire's 2017-18 plan: "Quantitative / Perceptions of local crime
 * rate"); under the 2023 Community Justice Performance Framework a `national` indicator; or a
 * partnership's own `local` indicator.
 *
 * @example
 * ```ts
 * const type: IndicatorType = "change-and-impact";
 * ```
 */
export const IndicatorType = /* @__PURE__ */ z
  .enum(["quantitative", "contextual", "change-and-impact", "national", "local"])
  .describe("OPI 2016 quantitative, contextual or change-and-impact; 2023 national; or local.");
/** The kind of an indicator. */
export type IndicatorType = z.output<typeof IndicatorType>;

/**
 * How documents write each indicator type: the OPI framework's "Quantitative", "Contextual" and
 * "Change and Impact"; "National indicator" and "Local indicator".
 *
 * @example
 * ```ts
 * indicatorTypeLabels["change-and-impact"]; // "Change and Impact"
 * ```
 */
export const indicatorTypeLabels: Readonly<Record<IndicatorType, string>> = {
  quantitative: "Quantitative",
  contextual: "Contextual",
  "change-and-impact": "Change and Impact",
  national: "National indicator",
  local: "Local indicator",
};

/**
 * The indicator type a label means, written as documents write it ("Change and Impact",
 * "change & impact", "Quantitative", "National"), or `undefined` when it names none.
 *
 * @param label - The label as written.
 * @returns The type, or `undefined`.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * parseIndicatorType("Change & Impact"); // "change-and-impact"
 * ```
 */
export function parseIndicatorType(label: string): IndicatorType | undefined {
  return guarded(
    "parseIndicatorType",
    () => [["label", isText, label]],
    () => parseIndicatorTypeOf(label),
  );
}

function parseIndicatorTypeOf(label: string): IndicatorType | undefined {
  const key = label
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/\bindicators?\b/g, "")
    .replace(/[^a-z]+/g, " ")
    .trim();
  const found = IndicatorType.options.find(
    (type) =>
      type.replace(/-/g, " ") === key ||
      indicatorTypeLabels[type].toLowerCase().replace(/ indicator$/, "") === key,
  );
  return found;
}
