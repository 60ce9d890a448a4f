import { type ActionAssessment, formatCalendarDate } from "@cja-kit/core";

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** How many actions the assessments are of, and how many of those the return reported on. */
function actionCounts(assessments: readonly ActionAssessment[]): { actions: number; reported: number } {
  const key = (a: ActionAssessment) => `${a.planId ?? ""}\u0000${a.actionNumber}`;
  return {
    actions: new Set(assessments.map(key)).size,
    reported: new Set(assessments.filter((a) => a.reported !== undefined).map(key)).size,
  };
}

/**
 * The summary's opening sentence, in counts that add up: "At 30 September 2010: 9 actions, 6
 * reported."; "all reported"; or, for an empty return, that nothing has been reported.
 */
export function summarySentence(assessments: readonly ActionAssessment[], at: string): string {
  const { actions, reported } = actionCounts(assessments);
  const date = formatCalendarDate(at);
  if (actions === 0) return `At ${date}: the plan has no actions to report on.`;
  if (reported === 0)
    return `At ${date}: no progress has been reported on ${actions === 1 ? "the plan's one action" : `any of the plan's ${actions} actions`}.`;
  return `At ${date}: ${plural(actions, "action")}, ${reported === actions ? "all" : reported} reported.`;
}

/** What the summary's tables count: the actions, or the rows of progress where an action has several. */
export function summaryUnit(assessments: readonly ActionAssessment[]): string {
  const { actions } = actionCounts(assessments);
  return assessments.length === actions
    ? plural(actions, "action")
    : `${plural(assessments.length, "row")} of progress on the ${plural(actions, "action")}`;
}
