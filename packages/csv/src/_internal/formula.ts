const DANGEROUS = /^'*[=+\-@\t\r\n]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A cell made safe to open in a spreadsheet (OWASP CSV injection): text beginning with = + - @, tab,
 * CR or LF gets a leading `'`, as does text already beginning with `'` before one of those, so that
 * {@link restoreFormula} can undo it exactly. Plain numbers such as -5.5 are left alone.
 */
export function neutraliseFormula(value: string): string {
  return DANGEROUS.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** Undoes {@link neutraliseFormula}: one leading `'` before a dangerous start is removed. */
export function restoreFormula(value: string): string {
  return /^'+[=+\-@\t\r\n]/.test(value) ? value.slice(1) : value;
}
