import { CjaKitError, type Issue } from "@cja-kit/core";

// csv cannot use core's internal guard (it is not exported): this is csv's own, in the same way.

/** A way to tell whether an argument is what its type says: a zod schema, or a test. */
type Check = { safeParse(value: unknown): { success: boolean } } | ((value: unknown) => boolean);
/** An argument's name, how to check it, and its value. */
type Argument = readonly [name: string, check: Check, value: unknown];

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A wrong value in words, for a message: never reads a property, so a hostile value cannot make it fail. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "function") return "a function";
  if (typeof value === "string") return `the text ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === "number" || typeof value === "boolean") return `a ${typeof value} (${String(value)})`;
  if (typeof value !== "object") return `a ${typeof value}`;
  try {
    return Array.isArray(value) ? "an array" : "an object of another kind";
  } catch {
    return "an object of another kind";
  }
}

function issueFor(fn: string, name: string, message: string): Issue {
  return { code: "usage/invalid-argument", severity: "error", message: `${fn}: ${message}`, path: [name] };
}

function invalid(fn: string, name: string, expected: string, value: unknown): never {
  const issue = issueFor(fn, name, `${name} must be ${expected}, not ${describe(value)}.`);
  throw new CjaKitError("usage/invalid-argument", issue.message, [issue]);
}

/** Throws for an option of the wrong type, naming it: `options.maxColumns must be …, not a string.` */
export function invalidOption(fn: string, name: string, expected: string, value: unknown): never {
  invalid(fn, `options.${name}`, expected, value);
}

/** Checks that a reader's input is the file's text or bytes. */
export function checkInput(input: unknown, fn: string): void {
  if (typeof input !== "string" && !(input instanceof Uint8Array))
    invalid(fn, "input", "the file's text (a string) or bytes (a Uint8Array)", input);
}

/** Checks that an argument is an object (or left out, where `optional`). */
export function checkObject(value: unknown, name: string, fn: string, optional = false): void {
  if (value === undefined && optional) return;
  if (!isObject(value)) invalid(fn, name, "an object", value);
}

/** Checks that an argument is an array. */
export function checkArray(value: unknown, name: string, fn: string): void {
  if (!Array.isArray(value)) invalid(fn, name, "an array", value);
}

/** Checks that the options hold an object under `key`, which the function cannot do without. */
export function checkObjectOption(options: unknown, key: string, fn: string): void {
  checkObject(options, "options", fn);
  const value = (options as Record<string, unknown>)[key];
  if (!isObject(value)) invalid(fn, `options.${key}`, "an object", value);
}

/** Checks that a stream reader's source can be read with `for await` (a string cannot: it is not chunks). */
export function checkSource(source: unknown, fn: string): void {
  const readable =
    (typeof source === "object" || typeof source === "function") &&
    source !== null &&
    (typeof (source as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function" ||
      typeof (source as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function");
  if (!readable) invalid(fn, "source", "an async iterable of text or bytes (a stream)", source);
}

/** Checks that an option, where given, is one of its values (a CSV option a reader would otherwise misread). */
export function checkChoice(value: unknown, choices: readonly string[], name: string): void {
  if (value !== undefined && !choices.includes(value as string))
    invalid("reading CSV", name, `one of ${choices.map((c) => JSON.stringify(c)).join(", ")}`, value);
}

/** Checks one chunk of a stream: text or bytes. */
export function checkChunk(chunk: unknown): void {
  if (typeof chunk !== "string" && !(chunk instanceof Uint8Array))
    invalid("the CSV stream", "source", "chunks of text (strings) or bytes (Uint8Arrays)", chunk);
}

function passes(check: Check, value: unknown): boolean {
  return typeof check === "function" ? check(value) : check.safeParse(value).success;
}

function argumentIssue(fn: string, [name, check, value]: Argument): Issue | undefined {
  try {
    if (passes(check, value)) return undefined;
  } catch (error) {
    // A caller's getter throws its own error, which passes through; only a cyclic value is ours to name.
    if (!(error instanceof RangeError)) throw error;
    return issueFor(fn, name, `${name} is cyclic or nested too deeply to read.`);
  }
  return issueFor(fn, name, `${name} is not what its type says (given ${describe(value)}).`);
}

/** The error for a failed call: ours unchanged; a wrong argument named; else the error itself. */
function failure(fn: string, args: () => readonly Argument[], error: unknown): unknown {
  if (error instanceof CjaKitError) return error;
  const issues = args().flatMap((argument) => argumentIssue(fn, argument) ?? []);
  if (issues.length === 0) return error;
  return new CjaKitError("usage/invalid-argument", (issues[0] as Issue).message, issues);
}

/**
 * Runs a public function's body. Only if it throws are the arguments checked against their
 * schemas, so valid input costs nothing: a wrong argument becomes `CjaKitError`
 * `usage/invalid-argument` naming it; with every argument right the error is thrown unchanged.
 */
export function guarded<T>(fn: string, args: () => readonly Argument[], body: () => T): T {
  try {
    return body();
  } catch (error) {
    throw failure(fn, args, error);
  }
}
