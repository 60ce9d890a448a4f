/**
 * The room a table row has on a page, in twips: the page's height between its margins less a
 * header row, with a margin for fonts wider than Arial. A row no taller is kept on one page.
 */
export const rowRoom = (height: number): number => Math.round((height - 1200) * 0.85);
