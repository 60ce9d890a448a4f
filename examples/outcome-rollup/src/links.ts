import {
  type ActionAssessment,
  contentText,
  findOutcomeByWording,
  type OutcomeFramework,
  type OutcomeRef,
} from "@cja-kit/core";

/** The wordings of local outcomes an assessed action serves: its outcome box, or its rows' local outcome. */
function wordings(assessment: ActionAssessment): string[] {
  const { action, themes } = assessment.located;
  const box = [...themes].reverse().find((theme) => (theme.localOutcomes?.length ?? 0) > 0);
  if (box !== undefined) return contentText(box.localOutcomes ?? []).split("\n");
  // A row with no local outcome of its own comes under the one above it (seed 001, action 1).
  const rows = action.rows.slice(0, (assessment.row ?? 0) + 1).reverse();
  const own = rows.find((row) => row.localOutcome !== undefined);
  return own?.localOutcome === undefined ? [] : [contentText(own.localOutcome)];
}

/** Links from assessments to a local framework's outcomes, matched by their wording. */
export function localOutcomeLinks(
  assessments: readonly ActionAssessment[],
  framework: OutcomeFramework,
): Map<ActionAssessment, OutcomeRef[]> {
  return new Map(
    assessments.map((assessment) => [
      assessment,
      wordings(assessment).flatMap((wording) => {
        const outcome = findOutcomeByWording(framework, wording);
        return outcome === undefined ? [] : [{ framework: outcome.framework, code: outcome.code }];
      }),
    ]),
  );
}
