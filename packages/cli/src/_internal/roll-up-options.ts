import type { RollUpOptions, RollUpRule } from "@cja-kit/core";
import { usageError } from "./failure";

/** The rules `--rule` names: core's roll-up presets (docs/status-rules.md works an example of each). */
export const ruleNames = ["worst-of", "majority", "share", "reported-only"] as const;

/** What the roll-up options are given as. */
export type RollUpFlags = {
  rule: (typeof ruleNames)[number];
  redShare?: string;
  amberShare?: string;
  minCoverage?: string;
  belowCoverage: "decline" | "flag";
};

const SHARE_DEFAULTS = { red: "25%", amber: "50%" };

/**
 * A percentage as an option gives it, `50` or `50%` (or `12.5%`), as a share from 0 to 1. A bare
 * number under 1 is refused rather than read: `0.5` could mean half or half of one per cent.
 */
export function percentOption(option: string, text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  const value = Number(match?.[1]);
  if (match === null || value > 100)
    throw usageError(
      "bad-percentage",
      `${option} "${text}" is not a percentage: give one from 0 to 100, e.g. 50%.`,
    );
  if (match[2] === "" && value > 0 && value < 1)
    throw usageError(
      "ambiguous-percentage",
      `${option} "${text}": give a percentage, e.g. 50 or 50% for half (${text} would be ${text}%; write ${text}% if that is meant).`,
    );
  return value / 100;
}

function rule(flags: RollUpFlags): RollUpRule {
  if (flags.rule !== "share") {
    const given =
      flags.redShare !== undefined
        ? "--red-share"
        : flags.amberShare !== undefined
          ? "--amber-share"
          : undefined;
    if (given !== undefined)
      throw usageError(
        "share-without-rule",
        `${given} sets a threshold of --rule share; add --rule share, or leave it out.`,
      );
    return { kind: flags.rule };
  }
  const red = percentOption("--red-share", flags.redShare ?? SHARE_DEFAULTS.red);
  const amber = percentOption("--amber-share", flags.amberShare ?? SHARE_DEFAULTS.amber);
  return { kind: "share", red, amber };
}

/**
 * The roll-up's rule, coverage threshold and what happens below it, from the options: by default
 * core's (worst of; a group with under half its actions rated is not rated). `--rule share` is red
 * at 25% red and amber at 50% red or amber unless `--red-share` / `--amber-share` say otherwise.
 */
export function rollUpOptions(
  flags: RollUpFlags,
): Required<Pick<RollUpOptions, "rule" | "minCoverage" | "belowCoverage">> {
  return {
    rule: rule(flags),
    minCoverage: flags.minCoverage === undefined ? 0.5 : percentOption("--min-coverage", flags.minCoverage),
    belowCoverage: flags.belowCoverage,
  };
}
