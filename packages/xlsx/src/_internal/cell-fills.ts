import { attribute } from "./xml-events";

/** Each cell format's fill colour, by the index cells give in `s`: undefined where it has none (or white). */
export type CellFills = readonly (string | undefined)[];

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

/**
 * The fill colour of each cell format, for naming cells that hold a colour and no text: from each
 * fill's solid foreground colour (its `fgColor` attributes) and each cell format's fill id.
 */
export function cellFills(
  fills: readonly (Readonly<Record<string, string>> | undefined)[],
  fillIds: readonly number[],
): CellFills {
  return fillIds.map((id) => {
    const colour = fills[id];
    return colour === undefined ? undefined : colourOf(colour);
  });
}
