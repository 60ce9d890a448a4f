/**
 * A word table's entry for a key read from the caller's text, or undefined: only the table's own
 * keys count, so a cell saying `constructor` or `__proto__` is not looked up on `Object.prototype`.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
