import type { RenderKind, RenderSource } from "../formats/docx";
import type { LoadedDocument } from "./document";
import { usageError } from "./failure";

/** What a Word document needs beyond the input: the assessment date and the letterhead. */
export type RenderExtras = { at?: string; letterhead: boolean };

function defaultKind(file: string, document: LoadedDocument): RenderKind {
  switch (document.kind) {
    case "plan":
      return document.plan.kind === "implementation-plan" ? "implementation-plan" : "action-plan";
    case "committee-report":
      return "committee-report";
    case "progress-return":
      throw usageError(
        "return-needs-plan",
        `${file}: a progress return is printed with its plan: cja-kit render PLAN --kind progress-report --progress ${file}.`,
      );
    case "indicator-set":
      throw usageError("no-word-form", `${file}: indicator sets have no Word form yet; keep them as JSON.`);
  }
}

function wrongInput(file: string, kind: RenderKind, document: LoadedDocument): Error {
  const needs = kind === "committee-report" ? "a committee report" : "a plan";
  return usageError("wrong-kind", `${file}: --kind ${kind} prints ${needs}, and this is a ${document.kind}.`);
}

/** What to print and from what: the kind asked for, or the one the document is. */
export function renderSource(
  file: string,
  document: LoadedDocument,
  asked: RenderKind | undefined,
  extras: RenderExtras,
): RenderSource {
  const kind = asked ?? defaultKind(file, document);
  if (kind === "committee-report") {
    if (document.kind !== "committee-report") throw wrongInput(file, kind, document);
    return { kind, report: document.report, letterhead: extras.letterhead };
  }
  if (document.kind !== "plan") throw wrongInput(file, kind, document);
  const { plan, progress } = document;
  if (kind !== "progress-report") return { kind, plan, ...(progress === undefined ? {} : { progress }) };
  if (progress === undefined)
    throw usageError(
      "report-needs-progress",
      `${file}: a progress report needs the return: give --progress RETURN.json, or a CSV with progress columns and --return-period.`,
    );
  return { kind, plan, progress, ...(extras.at === undefined ? {} : { at: extras.at }) };
}
