import { escapeCellText } from "./ooxml-text";

/** The workbook's shared strings: each distinct text once, in order of first use. */
export type SharedStrings = { index: (text: string) => number; xml: () => string };

/** A new, empty shared-string table. */
export function sharedStrings(): SharedStrings {
  const seen = new Map<string, number>();
  let uses = 0;
  return {
    index(text) {
      uses += 1;
      const known = seen.get(text);
      if (known !== undefined) return known;
      seen.set(text, seen.size);
      return seen.size - 1;
    },
    xml() {
      const items = [...seen.keys()].map(
        (text) => `<si><t xml:space="preserve">${escapeCellText(text)}</t></si>`,
      );
      return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${uses}" uniqueCount="${seen.size}">${items.join("")}</sst>`;
    },
  };
}
