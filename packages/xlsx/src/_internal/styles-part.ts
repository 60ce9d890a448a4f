import type { Issue } from "@cja-kit/core";
import { builtInFormat, type NumberFormat, numberFormat } from "./number-formats";
import { readPart, type WorkbookPackage } from "./workbook-package";
import { attribute } from "./xml-events";

/** Each cell format's number format, by the index cells give in `s`. */
export type CellFormats = readonly NumberFormat[];

/** The number format of each cell format (`cellXfs`) of the styles part; none when there is no styles part. */
export function cellFormats(
  pkg: WorkbookPackage,
  part: string | undefined,
): { formats: CellFormats; issue?: Issue } {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  if (part === undefined) return { formats: [] };
  const issue = readPart(
    pkg,
    part,
    {
      open(name, attributes) {
        if (name === "numFmt")
          custom.set(
            Number(attribute(attributes, "numFmtId")),
            attribute(attributes, "formatCode") ?? "General",
          );
        else if (name === "cellXfs") inCellXfs = true;
        else if (name === "xf" && inCellXfs) ids.push(Number(attribute(attributes, "numFmtId") ?? 0));
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
    },
    false,
  );
  const known = new Map<number, NumberFormat>();
  const of = (id: number): NumberFormat => {
    const found =
      known.get(id) ?? (custom.has(id) ? numberFormat(custom.get(id) ?? "General") : builtInFormat(id));
    known.set(id, found);
    return found;
  };
  const formats = ids.map((id) => of(Number.isInteger(id) ? id : 0));
  return issue === undefined ? { formats } : { formats, issue };
}
