// What a plain JavaScript caller of runCli may pass instead of what its types say. The answer is
// a sentence for stderr: runCli never throws, so a wrong call is the usage exit code with one line.

/** A value's kind in words, read without touching its properties (a caller's getter may throw). */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object"
    ? "an object"
    : `${/^[aeiou]/.test(typeof value) ? "an" : "a"} ${typeof value}`;
}

const isStream = (value: unknown) =>
  typeof value === "object" && value !== null && typeof (value as { write?: unknown }).write === "function";

const isSignal = (value: unknown) => typeof AbortSignal !== "undefined" && value instanceof AbortSignal;

/** What is wrong with runCli's arguments, or undefined when they are an array of strings. */
export function argsProblem(args: unknown): string | undefined {
  if (!Array.isArray(args))
    return `runCli: the arguments are ${kindOf(args)}; give an array of strings, e.g. ["validate", "plan.csv"].`;
  const at = args.findIndex((arg) => typeof arg !== "string");
  return at < 0
    ? undefined
    : `runCli: argument ${at + 1} is ${kindOf(args[at])}; every argument is a string.`;
}

function fieldProblem(io: Record<string, unknown>): string | undefined {
  for (const name of ["stdout", "stderr"] as const)
    if (io[name] !== undefined && !isStream(io[name]))
      return `runCli: io.${name} is ${kindOf(io[name])}, not a writable stream (such as process.${name}).`;
  if (io.cwd !== undefined && typeof io.cwd !== "string")
    return `runCli: io.cwd is ${kindOf(io.cwd)}; give the folder as a string.`;
  if (io.signal !== undefined && !isSignal(io.signal))
    return `runCli: io.signal is ${kindOf(io.signal)}, not an AbortSignal (new AbortController().signal).`;
  return undefined;
}

/** What is wrong with runCli's `io`, or undefined when it is an object whose fields are of their types. */
export function ioProblem(io: unknown): string | undefined {
  if (typeof io !== "object" || io === null || Array.isArray(io))
    return `runCli: io is ${kindOf(io)}; give an object such as { stdout, stderr, cwd, signal }, or leave it out.`;
  return fieldProblem(io as Record<string, unknown>);
}
