import type { ActionAssessment } from "@cja-kit/core";
import { ragLabels } from "@cja-kit/core";
import { Paragraph, TextRun } from "docx";
import type { MeasuredParagraph } from "./cell-measure";
import type { Context } from "./context";
import { STYLE } from "./styles";
import { textRuns } from "./text-runs";

/** The label that marks a check for a person to confirm, in the cell and in the summary's list. */
export const CHECK_LABEL = "Please check:";

/** A paragraph of a progress cell's rating: what it says, and whether it is a check. */
type RagLine = { text: string; look: "note" | "rating" | "reason" | "check" };

/**
 * What the rating says under the status wording: "No progress reported." where nothing was, the
 * rating in words, the reason core gives (where asked for), and every check core raises (always:
 * a reported status the dates disagree with is never left silent), each marked "Please check:".
 */
function ragLines(assessment: ActionAssessment, unreported: boolean, reasons: boolean): RagLine[] {
  const checks = assessment.checks.map((check) => check.because);
  const reasonIsCheck = checks.includes(assessment.because);
  return [
    ...(unreported ? [{ text: "No progress reported.", look: "note" as const }] : []),
    { text: ragLabels[assessment.rag], look: "rating" },
    ...(reasons && !reasonIsCheck ? [{ text: assessment.because, look: "reason" as const }] : []),
    ...checks.map((text) => ({ text, look: "check" as const })),
  ];
}

function ragParagraph(context: Context, line: RagLine, where: { path: string[]; actionNumber: string }) {
  const children =
    line.look === "rating"
      ? [new TextRun({ text: line.text, bold: true })]
      : line.look === "note"
        ? [new TextRun({ text: line.text, italics: true })]
        : [
            ...(line.look === "check" ? [new TextRun({ text: `${CHECK_LABEL} `, bold: true })] : []),
            ...textRuns(context, line.text, where, { italics: true }),
          ];
  return new Paragraph({ style: STYLE.cell, children });
}

/**
 * The rating in words under the status wording, so colour is never the only signal: "Green",
 * the reason core gives where asked for, and core's checks marked "Please check:".
 */
export function ragParagraphs(
  context: Context,
  assessment: ActionAssessment,
  unreported: boolean,
  reasons: boolean,
): Paragraph[] {
  const where = { path: ["assessments"], actionNumber: assessment.actionNumber };
  return ragLines(assessment, unreported, reasons).map((line) => ragParagraph(context, line, where));
}

/** The rating's paragraphs as {@link ragParagraphs} sets them, for measuring a row. */
export function ragMeasures(
  assessment: ActionAssessment,
  unreported: boolean,
  reasons: boolean,
): MeasuredParagraph[] {
  return ragLines(assessment, unreported, reasons).map((line) => ({
    text: line.look === "check" ? `${CHECK_LABEL} ${line.text}` : line.text,
    indent: 0,
    bold: line.look === "rating",
  }));
}
