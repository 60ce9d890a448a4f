import { hasErrors } from "@cja-kit/core";
import type { Context } from "./context";
import type { KindChoice, LoadedDocument } from "./document";
import { loadDocument } from "./load-document";
import type { ReadContext } from "./read-context";
import { reportIssues } from "./report-issues";

/**
 * Reads a document for a command that makes something of it: its issues printed, and the document
 * only when it has no error (nothing is made from a document with errors).
 */
export async function loadOrReport(
  context: Context,
  file: string,
  choice: KindChoice | undefined,
  read: ReadContext,
): Promise<LoadedDocument | undefined> {
  const { checked } = await loadDocument(context, file, choice, read);
  reportIssues(context, file, checked.issues);
  return checked.ok && !hasErrors(checked.issues) ? checked.value : undefined;
}
