import { guarded, isText } from "../_internal/guard";
import type { Parsed } from "../issue/issue";
import type { Figure, FigureAvailability } from "./figure";

// Markers statistics tables use instead of a number (Scottish Government tables use ".." for not
// available and "*" or "c" for suppressed; partnerships write "n/a").
const MARKERS: ReadonlyArray<[RegExp, FigureAvailability]> = [
  [/^(?:\.\.|…|-|–|—|n\/?a|not available|no data|tbc)$/i, "not-available"],
  [/^(?:\*|c|suppressed|\[c\])$/i, "suppressed"],
  [/^(?:x|\[x\]|not applicable)$/i, "not-applicable"],
];

const NUMBER = /^(?<sign>[-−]?)\s*£?\s*(?<digits>\d{1,3}(?:,\d{3})+|\d+)(?<fraction>\.\d+)?\s*(?:%|k)?$/i;

/**
 * Reads a figure as a statistics table or a report writes it: `20,508`, `94%`, `£1,200`, `12.5`,
 * `-3`; `..` / `n/a` / `-` (not available), `*` / `c` (suppressed), `x` (not applicable). The
 * wording is always kept as `raw`; wording that is none of these is `unreadable`, with a warning,
 * and never turned into a number.
 *
 * @param raw - The figure as written.
 * @returns The figure; `indicator/unreadable-figure` (a warning) when it is not a number or marker.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * parseFigure("20,508").value; // { raw: "20,508", value: 20508, availability: "value" }
 * parseFigure("..").value.availability; // "not-available"
 * ```
 */
export function parseFigure(raw: string): Parsed<Figure> {
  return guarded(
    "parseFigure",
    () => [["raw", isText, raw]],
    () => parseFigureOf(raw),
  );
}

function parseFigureOf(raw: string): Parsed<Figure> {
  const text = raw.trim();
  const marker = MARKERS.find(([pattern]) => pattern.test(text));
  if (marker !== undefined) return { value: { raw, availability: marker[1] }, issues: [] };
  const match = text.length > 40 ? null : NUMBER.exec(text);
  if (match?.groups !== undefined) {
    const { sign, digits, fraction } = match.groups;
    const thousands = /k$/i.test(text) ? 1000 : 1;
    const value =
      Number(`${sign === "" ? "" : "-"}${(digits ?? "").replace(/,/g, "")}${fraction ?? ""}`) * thousands;
    return { value: { raw, value, availability: "value" }, issues: [] };
  }
  return {
    value: { raw, availability: "unreadable" },
    issues: [
      {
        code: "indicator/unreadable-figure",
        severity: "warning",
        message: `"${raw.slice(0, 200)}" is not a figure cja-kit reads (a number such as 20,508 or 94%, ".." for not available, "*" for suppressed); it is kept as written.`,
        path: [],
        actual: raw.slice(0, 200),
      },
    ],
  };
}
