import type { Issue } from "@cja-kit/core";
import { type CellFills, cellFills } from "./cell-fills";
import { type CellFormats, cellFormats } from "./cell-formats";
import { readPart, type WorkbookPackage } from "./workbook-package";
import { attribute, type XmlHandlers } from "./xml-events";

/** What the styles part holds that cells are read with, as written: one scan gathers it all. */
export type StylesScan = {
  /** Custom number format codes (`numFmt`) by id. */
  numFmts: Map<number, string>;
  /** Each cell format's (`cellXfs` `xf`) number format id. */
  numFmtIds: number[];
  /** Each cell format's fill id. */
  fillIds: number[];
  /** Each fill's solid foreground colour (`fgColor`) attributes; undefined where it has none. */
  fills: (Readonly<Record<string, string>> | undefined)[];
};

type Where = { inFills: boolean; inCellXfs: boolean; solid: boolean };

function open(
  scan: StylesScan,
  where: Where,
  name: string,
  attributes: Readonly<Record<string, string>>,
): void {
  if (name === "numFmt")
    scan.numFmts.set(
      Number(attribute(attributes, "numFmtId")),
      attribute(attributes, "formatCode") ?? "General",
    );
  else if (name === "fills") where.inFills = true;
  else if (name === "cellXfs") where.inCellXfs = true;
  else if (where.inFills && name === "fill") scan.fills.push(undefined);
  else if (where.inFills && name === "patternFill")
    where.solid = attribute(attributes, "patternType") === "solid";
  else if (where.inFills && name === "fgColor" && where.solid) scan.fills[scan.fills.length - 1] = attributes;
  else if (where.inCellXfs && name === "xf") {
    scan.numFmtIds.push(Number(attribute(attributes, "numFmtId") ?? 0));
    scan.fillIds.push(Number(attribute(attributes, "fillId") ?? 0));
  }
}

/** The handlers that gather a styles part into a scan, element by element. */
export function stylesHandlers(scan: StylesScan): XmlHandlers {
  const where: Where = { inFills: false, inCellXfs: false, solid: false };
  return {
    open: (name, attributes) => open(scan, where, name, attributes),
    close(name) {
      if (name === "fills") where.inFills = false;
      else if (name === "cellXfs") where.inCellXfs = false;
    },
  };
}

/**
 * The styles part (`xl/styles.xml`) read once: each cell format's number format and fill colour,
 * by the index cells give in `s`; none when there is no styles part. A damaged part gives its
 * issue, the formats read before the damage, and no fills (a colour is only named, never read).
 */
export function stylesPart(
  pkg: WorkbookPackage,
  part: string | undefined,
): { formats: CellFormats; fills: CellFills; issue?: Issue } {
  if (part === undefined) return { formats: [], fills: [] };
  const scan: StylesScan = { numFmts: new Map(), numFmtIds: [], fillIds: [], fills: [] };
  const issue = readPart(pkg, part, stylesHandlers(scan), false);
  const formats = cellFormats(scan.numFmts, scan.numFmtIds);
  return issue === undefined
    ? { formats, fills: cellFills(scan.fills, scan.fillIds) }
    : { formats, fills: [], issue };
}
