import type { CellRun, Severity } from "@cja-kit/core";
import { fullYearFormat } from "./full-year-format";
import { formatNumber, type NumberFormat } from "./number-formats";
import { unescapeCellText } from "./ooxml-text";
import { type OpenRun, type RichText, richText } from "./rich-runs";

/**
 * A cell as the sheet's XML holds it: its type (`t`), format index (`s`), value, inline text and
 * formula, and the runs of inline rich text (`<is><r>…</r></is>`).
 */
export type RawCell = {
  type: string;
  style: number;
  value?: string;
  inline?: string;
  formula?: string;
  runs?: OpenRun[];
};

/**
 * What a cell reader needs besides the cell; `fills`, each cell format's fill colour, names
 * coloured cells with no text; `rich`, the runs of shared strings written as rich text, by index.
 */
export type CellContext = {
  formats: readonly NumberFormat[];
  strings: readonly string[];
  rich?: ReadonlyMap<number, RichText>;
  date1904: boolean;
  fills?: readonly (string | undefined)[];
};

/** A problem with a cell, to be placed at it. */
export type CellProblem = { code: string; severity: Severity; message: string; actual?: string };

/** A cell's text as the user saw it, its rich-text runs where it has them, and what to say about it. */
export type CellText = { text: string; problems: readonly CellProblem[]; runs?: CellRun[] };

/** The problems of nearly every cell: none, shared rather than made once a cell. */
const NONE: readonly CellProblem[] = [];

const GENERAL: NumberFormat = { code: "General", date: false };

/** An ISO date-time (`t="d"`) as a serial number of the 1900 system; undefined when it is not one. */
function isoSerial(value: string): number | undefined {
  const time = Date.parse(/T|Z|[+-]\d\d:\d\d$/.test(value) ? value : `${value}T00:00:00Z`);
  return Number.isNaN(time) ? undefined : time / 86_400_000 + 25_569;
}

function numberText(value: string, format: NumberFormat, date1904: boolean): CellText {
  const number = Number(value);
  if (value.trim() === "" || Number.isNaN(number))
    return {
      text: value,
      problems: [
        {
          code: "bad-number",
          severity: "warning",
          message: `holds "${value}" as a number, which it is not; the text is kept as written.`,
          actual: value,
        },
      ],
    };
  const shown = formatNumber(number, format, date1904);
  if (shown !== undefined && !/^#+$/.test(shown)) return yearInFull(shown, number, format, date1904);
  return {
    text: value,
    problems: [
      {
        code: "number-not-shown",
        severity: "warning",
        message: `holds ${value}, which its number format (${format.code}) cannot show (a date out of range?); the number is kept as stored.`,
        actual: value,
      },
    ],
  };
}

/**
 * A date shown as month and two-digit year (`Sep-23`) read with its year in full (`Sep-2023`),
 * as the cell holds the whole date and the text alone could be 23 September; the shown text is
 * kept in an info issue. Any other cell as shown.
 */
function yearInFull(shown: string, number: number, format: NumberFormat, date1904: boolean): CellText {
  const full = fullYearFormat(format);
  const text = full === undefined ? undefined : formatNumber(number, full, date1904);
  if (text === undefined || text === shown) return { text: shown, problems: NONE };
  return {
    text,
    problems: [
      {
        code: "year-in-full",
        severity: "info",
        message: `shows the date "${shown}" (format ${format.code}); it is read as "${text}", with the year in full, as "${shown}" alone could be read as a day of the month.`,
        actual: shown,
      },
    ],
  };
}

/**
 * A rich-text cell's text with its runs; words struck through are named, as strike-through (a
 * task crossed off, a line withdrawn) is not content and the words are read as written.
 */
function withRuns(text: string, rich: RichText | undefined): CellText {
  if (rich === undefined) return { text, problems: NONE };
  const problems: CellProblem[] =
    rich.struck === undefined
      ? []
      : [
          {
            code: "strike-through",
            severity: "info",
            message: `strikes through "${rich.struck}"; strike-through is not kept, so the words are read as written. Delete them from the cell if they no longer stand.`,
            actual: rich.struck,
          },
        ];
  return { text, problems, runs: rich.runs };
}

function typedText(raw: RawCell, context: CellContext): CellText {
  const value = raw.value ?? "";
  const format = context.formats[raw.style] ?? GENERAL;
  switch (raw.type) {
    case "s": {
      const text = context.strings[Number(value)];
      return text === undefined
        ? {
            text: "",
            problems: [
              {
                code: "missing-shared-string",
                severity: "error",
                message: `points to shared string ${value}, which the workbook does not have; the cell is empty.`,
                actual: value,
              },
            ],
          }
        : withRuns(text, context.rich?.get(Number(value)));
    }
    case "inlineStr": {
      const text = unescapeCellText(raw.inline ?? value);
      return raw.runs === undefined ? { text, problems: NONE } : withRuns(text, richText(raw.runs));
    }
    case "str":
      return { text: unescapeCellText(value), problems: NONE };
    case "b":
      return { text: value === "1" ? "TRUE" : value === "0" ? "FALSE" : value, problems: NONE };
    case "e":
      return {
        text: value,
        problems: [
          {
            code: "error-value",
            severity: "warning",
            message: `shows the error ${value}; it is read as that text.`,
            actual: value,
          },
        ],
      };
    case "d": {
      const serial = format.date ? isoSerial(value) : undefined;
      return serial === undefined
        ? { text: value, problems: NONE }
        : numberText(String(serial), format, false);
    }
    default:
      return value === "" ? { text: "", problems: NONE } : numberText(value, format, context.date1904);
  }
}

/**
 * A cell's text as the user saw it: shared or inline text as written, numbers and dates in their
 * number format (so `1.10` formatted `0.00` stays `1.10` and a date formatted `mmmm yyyy` reads
 * `July 2008`), booleans and errors as Excel shows them; a formula's last calculated value, with a
 * word that it is one.
 */
export function cellValue(raw: RawCell, context: CellContext): CellText {
  const read = typedText(raw, context);
  if (raw.formula === undefined) return read;
  const formula = raw.formula === "" ? "a shared formula" : `=${raw.formula}`;
  // openpyxl writes an empty <v/> for a formula it could not calculate.
  if ((raw.value === undefined || raw.value === "") && raw.inline === undefined)
    return {
      text: "",
      problems: [
        ...read.problems,
        {
          code: "formula-without-value",
          severity: "warning",
          message: `holds ${formula} with no calculated value saved; the cell is read as empty. Open and save the workbook in a spreadsheet to calculate it.`,
          actual: formula,
        },
      ],
    };
  return {
    text: read.text,
    problems: [
      ...read.problems,
      {
        code: "formula",
        severity: "warning",
        message: `holds ${formula}; its value when the workbook was last calculated, "${read.text}", is read.`,
        actual: formula,
      },
    ],
  };
}
