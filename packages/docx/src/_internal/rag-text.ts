import type { ActionAssessment } from "@cja-kit/core";
import { ragLabels } from "@cja-kit/core";
import { Paragraph, TextRun } from "docx";
import type { MeasuredParagraph } from "./cell-measure";
import type { Context } from "./context";
import { STYLE } from "./styles";
import { textRuns } from "./text-runs";

/**
 * The rating in words under the status wording, so colour is never the only signal: "Green",
 * and the reason core gives where asked for.
 */
export function ragParagraphs(
  context: Context,
  assessment: ActionAssessment,
  unreported: boolean,
  reasons: boolean,
): Paragraph[] {
  const where = { path: ["assessments"], actionNumber: assessment.actionNumber };
  return [
    ...(unreported
      ? [
          new Paragraph({
            style: STYLE.cell,
            children: [new TextRun({ text: "No progress reported.", italics: true })],
          }),
        ]
      : []),
    new Paragraph({
      style: STYLE.cell,
      children: [new TextRun({ text: ragLabels[assessment.rag], bold: true })],
    }),
    ...(reasons
      ? [
          new Paragraph({
            style: STYLE.cell,
            children: textRuns(context, assessment.because, where, { italics: true }),
          }),
        ]
      : []),
  ];
}

/** The rating's paragraphs as {@link ragParagraphs} sets them, for measuring a row. */
export function ragMeasures(
  assessment: ActionAssessment,
  unreported: boolean,
  reasons: boolean,
): MeasuredParagraph[] {
  return [
    ...(unreported ? [{ text: "No progress reported.", indent: 0, bold: false }] : []),
    { text: ragLabels[assessment.rag], indent: 0, bold: true },
    ...(reasons ? [{ text: assessment.because, indent: 0, bold: false }] : []),
  ];
}
