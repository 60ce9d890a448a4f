import type { Issue } from "../issue/issue";
import type { SelfAssessmentScore } from "../report/self-assessment";

/** Self-assessment scores on the 1-10 scale, and as many as the table has columns. */
export function scoreIssues(
  scores: readonly SelfAssessmentScore[],
  headings: readonly string[] | undefined,
  path: Array<string | number>,
): Issue[] {
  const range = scores.flatMap((score, k): Issue[] =>
    score.value !== undefined && Number.isInteger(score.value) && score.value >= 1 && score.value <= 10
      ? []
      : [
          {
            code: "report/score-out-of-range",
            severity: score.raw.trim() === "" ? "warning" : "error",
            message: `Self-assessment "${score.raw.slice(0, 200)}" under "${score.label}" is not a whole score from 1 to 10; give the partnership's rating 1-10 (leave it empty only where none was made).`,
            path: [...path, k],
            actual: score.raw.slice(0, 200),
          },
        ],
  );
  const count =
    headings === undefined || headings.length === scores.length
      ? []
      : [
          {
            code: "report/score-count-mismatch",
            severity: "warning" as const,
            message: `${scores.length} self-assessment scores where the table has ${headings.length} columns (${headings.join(", ")}); give one score per column.`,
            path,
          },
        ];
  return [...range, ...count];
}
