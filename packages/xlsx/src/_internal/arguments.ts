import { CjaKitError } from "@cja-kit/core";

const invalid = (message: string): never => {
  throw new CjaKitError("usage/invalid-argument", message);
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The workbook's bytes as a Uint8Array; a caller's other value is misuse, not a damaged workbook. */
export function workbookBytes(bytes: unknown, fn: string): Uint8Array {
  if (bytes instanceof Uint8Array) return bytes;
  if (bytes instanceof ArrayBuffer) return new Uint8Array(bytes);
  return invalid(`${fn} needs the workbook as a Uint8Array or an ArrayBuffer, not ${describe(bytes)}.`);
}

/** Checks that an options argument is an object (or left out, where `optional`). */
export function checkOptions(options: unknown, fn: string, optional: boolean): void {
  if (options === undefined && optional) return;
  if (!isObject(options)) invalid(`${fn} needs its options as an object, not ${describe(options)}.`);
}

/** Checks that the options hold an object under `key`, which the function cannot do without. */
export function checkObjectOption(options: unknown, key: string, fn: string): void {
  checkOptions(options, fn, false);
  const value = (options as Record<string, unknown>)[key];
  if (!isObject(value)) invalid(`${fn} needs options.${key} as an object, not ${describe(value)}.`);
}

/** A wrong value in words, for a message. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object of another kind" : typeof value;
}
