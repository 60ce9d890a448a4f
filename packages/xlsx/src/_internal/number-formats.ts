import { format, getFormatFromId, isDateFormat } from "./deps/numfmt";

// Built-in number formats that Excel shows in the reader's own locale. This library reads as a
// UK officer sees a workbook: short dates day first, currency in pounds (Excel's en-GB formats).
const UK_BUILT_INS: Readonly<Record<number, string>> = {
  5: '"£"#,##0;\\-"£"#,##0',
  6: '"£"#,##0;[Red]\\-"£"#,##0',
  7: '"£"#,##0.00;\\-"£"#,##0.00',
  8: '"£"#,##0.00;[Red]\\-"£"#,##0.00',
  14: "dd/mm/yyyy",
  22: "dd/mm/yyyy hh:mm",
};

/** A number format as a cell uses it: its code, and whether it shows a date. */
export type NumberFormat = { code: string; date: boolean };

/** The format of a built-in id (ECMA-376 18.8.30), as a UK reader sees it; `General` for an id with none. */
export function builtInFormat(id: number): NumberFormat {
  const code = UK_BUILT_INS[id] ?? getFormatFromId(id);
  return code === null || code === undefined ? { code: "General", date: false } : numberFormat(code);
}

/** A custom format code, and whether it shows a date. */
export function numberFormat(code: string): NumberFormat {
  try {
    return { code, date: isDateFormat(code) };
  } catch {
    // Kept, so the cell is shown as stored with a word that its format could not be read.
    return { code, date: false };
  }
}

/** Days between the 1904 and 1900 date systems. */
const DAYS_1904 = 1462;

/**
 * A number as the cell shows it in its format (en-GB); undefined when the format cannot show it
 * (a date out of range, a format numfmt cannot read).
 */
export function formatNumber(value: number, fmt: NumberFormat, date1904: boolean): string | undefined {
  if (fmt.code === "General" && Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  // Excel shows a negative date as ####, in either date system.
  if (fmt.date && value < 0) return undefined;
  try {
    const shown = format(fmt.code, fmt.date && date1904 ? value + DAYS_1904 : value, {
      locale: "en-GB",
      throws: true,
      dateErrorThrows: true,
      dateSpanLarge: false,
      leap1900: true,
    });
    return shown;
  } catch {
    return undefined;
  }
}
