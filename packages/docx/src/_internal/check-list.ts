import type { ActionAssessment } from "@cja-kit/core";
import { type FileChild, Paragraph, TextRun } from "docx";
import type { Context } from "./context";
import { heading } from "./heading";
import { LIST } from "./styles";
import { textRuns } from "./text-runs";

/** An action as a reader finds it in the tables: "Action 2.2.1", "Action 2 (row 3)" where it has several rows. */
export function actionName(assessment: ActionAssessment): string {
  const number = assessment.actionNumber.replace(/\.$/, "");
  const several = assessment.row !== undefined && assessment.located.action.rows.length > 1;
  return `Action ${number}${several ? ` (row ${(assessment.row ?? 0) + 1})` : ""}`;
}

/**
 * "Please check": every check core raised on the return (a reported status the dates disagree
 * with, a return's own rating its status wording does not carry), each under the action it is
 * on, in core's words; nothing when there are none. The ratings are left as they are.
 */
export function checkList(
  context: Context,
  assessments: readonly ActionAssessment[],
  level: number,
): FileChild[] {
  const items = assessments.flatMap((assessment) =>
    assessment.checks.map((check) => ({ assessment, because: check.because })),
  );
  if (items.length === 0) return [];
  const count = items.length === 1 ? "one point" : `${items.length} points`;
  return [
    heading(context, level, "Please check", { path: ["checks"] }),
    new Paragraph({
      keepNext: true,
      children: [
        new TextRun(
          `On ${count}, what the return reports disagrees with the plan's dates or with the return's own rating. Please confirm each:`,
        ),
      ],
    }),
    ...items.map(
      ({ assessment, because }) =>
        new Paragraph({
          numbering: { reference: LIST.bullet, level: 0 },
          children: [
            new TextRun({ text: `${actionName(assessment)}: `, bold: true }),
            ...textRuns(context, because, { path: ["assessments"], actionNumber: assessment.actionNumber }),
          ],
        }),
    ),
  ];
}
