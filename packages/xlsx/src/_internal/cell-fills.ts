import { readPart, type WorkbookPackage } from "./workbook-package";
import { attribute } from "./xml-events";

/** Each cell format's fill colour, by the index cells give in `s`: undefined where it has none (or white). */
export type CellFills = readonly (string | undefined)[];

type Scan = {
  fills: (string | undefined)[];
  xfs: number[];
  inFills: boolean;
  inCellXfs: boolean;
  solid: boolean;
};

const WHITE = /^(FF)?FFFFFF$/i;

/** A fill's colour in words for a message: its RGB, or the theme or palette colour it names. */
function colourOf(attributes: Readonly<Record<string, string>>): string | undefined {
  const rgb = attribute(attributes, "rgb");
  if (rgb !== undefined) return WHITE.test(rgb) ? undefined : `#${rgb.slice(-6).toUpperCase()}`;
  const theme = attribute(attributes, "theme");
  // Theme colours 0 and 1 are the window's background and text; 0 is white in every Office theme.
  if (theme !== undefined) return theme === "0" ? undefined : `theme colour ${theme}`;
  const indexed = attribute(attributes, "indexed");
  return indexed === undefined || indexed === "9" || indexed === "64"
    ? undefined
    : `palette colour ${indexed}`;
}

function open(scan: Scan, name: string, attributes: Readonly<Record<string, string>>): void {
  if (name === "fills") scan.inFills = true;
  else if (name === "cellXfs") scan.inCellXfs = true;
  else if (scan.inFills && name === "fill") scan.fills.push(undefined);
  else if (scan.inFills && name === "patternFill")
    scan.solid = attribute(attributes, "patternType") === "solid";
  else if (scan.inFills && name === "fgColor" && scan.solid)
    scan.fills[scan.fills.length - 1] = colourOf(attributes);
  else if (scan.inCellXfs && name === "xf") scan.xfs.push(Number(attribute(attributes, "fillId") ?? 0));
}

/**
 * The fill colour of each cell format (`cellXfs`) of the styles part, for naming cells that hold
 * a colour and no text; none when there is no styles part or it cannot be read (the number
 * formats' reading of the same part reports its damage).
 */
export function cellFills(pkg: WorkbookPackage, part: string | undefined): CellFills {
  if (part === undefined) return [];
  const scan: Scan = { fills: [], xfs: [], inFills: false, inCellXfs: false, solid: false };
  const issue = readPart(
    pkg,
    part,
    {
      open: (name, attributes) => open(scan, name, attributes),
      close(name) {
        if (name === "fills") scan.inFills = false;
        else if (name === "cellXfs") scan.inCellXfs = false;
      },
    },
    false,
  );
  return issue === undefined ? scan.xfs.map((id) => scan.fills[id]) : [];
}
