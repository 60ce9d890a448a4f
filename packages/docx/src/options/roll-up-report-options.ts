import type { OutcomeFramework, RollUpOptions } from "@cja-kit/core";
import type { CommitteeReportOptions } from "./render-options";

/**
 * Options of {@link renderRollUpReport}: a committee report's options, the framework whose groups
 * the tables follow, the options the roll-ups were made with (so the report states the rule
 * truly), and which deciding actions are listed under each reason.
 *
 * @example
 * ```ts
 * const options: RollUpReportOptions = {
 *   framework: nab2008,
 *   rollUp: { rule: { kind: "worst-of" }, minCoverage: 0.5 },
 *   actions: "red-and-amber",
 * };
 * ```
 */
export type RollUpReportOptions = CommitteeReportOptions & {
  /**
   * The framework the roll-ups are by (`rollUpByOutcome`'s): one table per group of it, in its
   * order. Without one, each roll-up with children (`rollUpByTheme`'s) is a table of its
   * children, and the others one table. @defaultValue none
   */
  framework?: OutcomeFramework;
  /**
   * The options the roll-ups were made with, which the report puts in words ("Each outcome takes
   * the worst rating of its rated actions…"); a roll-up made by another rule is a warning
   * (`docx/roll-up-rule-differs`), and the rule is then not described. @defaultValue core's: worst of, 50% coverage, decline
   */
  rollUp?: RollUpOptions;
  /**
   * The deciding actions listed, each with its reason, under a roll-up's reason: those of red and
   * amber roll-ups, all, or none. @defaultValue `"red-and-amber"`
   */
  actions?: "red-and-amber" | "all" | "none";
};
