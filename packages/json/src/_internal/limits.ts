/** The limits `read` applies, every one set. */
export type Limits = { maxBytes: number; maxDepth: number; maxStringLength: number; maxIssues: number };

/** The limits `read` applies when not told otherwise. */
export const defaultLimits: Limits = {
  maxBytes: 16 * 1024 * 1024,
  maxDepth: 100,
  maxStringLength: 100_000,
  maxIssues: 1000,
};

const pick = (value: number | undefined, fallback: number) =>
  typeof value === "number" && value >= 0 ? value : fallback;

/** The limits asked for, the default where one is not a number from 0 (`Infinity` lifts a limit). */
export function limitsFrom(options: Partial<Limits>): Limits {
  return {
    maxBytes: pick(options.maxBytes, defaultLimits.maxBytes),
    maxDepth: pick(options.maxDepth, defaultLimits.maxDepth),
    maxStringLength: pick(options.maxStringLength, defaultLimits.maxStringLength),
    maxIssues: Math.max(1, pick(options.maxIssues, defaultLimits.maxIssues)),
  };
}
