import { guarded, isArrayOfObjects, isObject } from "../_internal/guard";
import { contentText } from "../content/content-text";
import type { Theme } from "../plan/theme";
import type { ActionAssessment } from "./assess-plan";
import { type RollUp, type RollUpOptions, rollUp } from "./roll-up";

function themeLabel(theme: Theme, index: number): string {
  const heading = [theme.number, theme.title].filter((part) => part !== undefined).join(" ");
  const outcome = contentText(theme.localOutcomes ?? []).split("\n")[0] ?? "";
  // An outcome box (seed 003) is known by its outcome.
  return heading || (outcome.length > 0 ? `Outcome: ${outcome}` : `Theme ${index + 1}`);
}

function byTheme(
  themes: readonly Theme[],
  assessments: readonly ActionAssessment[],
  options: RollUpOptions,
  prefix: string,
): RollUp[] {
  return themes.map((theme, index) => {
    const key = `${prefix}${index}`;
    const mine = assessments.filter((a) => a.located.themes.includes(theme));
    const children = byTheme(theme.themes ?? [], mine, options, `${key}.`);
    const summary = rollUp(`theme:${key}`, themeLabel(theme, index), mine, options);
    return children.length > 0 ? { ...summary, children } : summary;
  });
}

/**
 * Rolls a plan's assessments up by theme, following the plan's own tree of themes: each theme
 * counts the actions under it and its sub-themes.
 *
 * @param themes - The plan's themes (`plan.themes`).
 * @param assessments - From {@link assessPlan} on the same plan.
 * @param options - The roll-up rule (worst-of by default) and coverage threshold, as for {@link rollUp}.
 * @returns One roll-up per top-level theme, with `children` for sub-themes.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * rollUpByTheme(plan.themes, assessPlan(plan, progress)).map((t) => `${t.label}: ${t.rag}`);
 * ```
 */
export function rollUpByTheme(
  themes: readonly Theme[],
  assessments: readonly ActionAssessment[],
  options: RollUpOptions = {},
): RollUp[] {
  return guarded(
    "rollUpByTheme",
    () => [
      ["themes", isArrayOfObjects, themes],
      ["assessments", isArrayOfObjects, assessments],
      ["options", isObject, options],
    ],
    () => rollUpByThemeOf(themes, assessments, options),
  );
}

function rollUpByThemeOf(
  themes: readonly Theme[],
  assessments: readonly ActionAssessment[],
  options: RollUpOptions = {},
): RollUp[] {
  return byTheme(themes, assessments, options, "");
}
