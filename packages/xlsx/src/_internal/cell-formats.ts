import { builtInFormat, type NumberFormat, numberFormat } from "./number-formats";

/** Each cell format's number format, by the index cells give in `s`. */
export type CellFormats = readonly NumberFormat[];

/**
 * The number format of each cell format, from the styles part's custom codes and each cell
 * format's number format id: a custom code where the id has one, else the built-in format (an id
 * that is not a whole number is General's, 0). Each id's format is made once.
 */
export function cellFormats(custom: ReadonlyMap<number, string>, ids: readonly number[]): CellFormats {
  const known = new Map<number, NumberFormat>();
  const of = (id: number): NumberFormat => {
    const found =
      known.get(id) ?? (custom.has(id) ? numberFormat(custom.get(id) ?? "General") : builtInFormat(id));
    known.set(id, found);
    return found;
  };
  return ids.map((id) => of(Number.isInteger(id) ? id : 0));
}
