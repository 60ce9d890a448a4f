import type { ActionAssessment } from "@cja-kit/core";
import { ragLabels } from "@cja-kit/core";
import { Paragraph, TextRun } from "docx";
import type { Context } from "./context";
import { STYLE } from "./styles";
import { textRuns } from "./text-runs";

/**
 * The rating as words under the status wording, so colour is never the only signal: "RAG:
 * Green", and the reason where asked for.
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
      children: [new TextRun({ text: `RAG: ${ragLabels[assessment.rag]}`, bold: true })],
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
