import type { ProgressReturn } from "@cja-kit/core";
import type { Context } from "./context";
import type { LoadedDocument } from "./document";
import { usageError } from "./failure";
import { loadOrReport } from "./load-or-report";
import type { ReadContext } from "./read-context";

function onlyReturn(file: string, document: LoadedDocument): ProgressReturn {
  if (document.kind !== "progress-return")
    throw usageError(
      "not-a-return",
      `${file}: --progress takes a progress return, and this is a ${document.kind}.`,
    );
  const [only, ...more] = document.returns;
  if (only === undefined || more.length > 0)
    throw usageError(
      "several-returns",
      `${file}: --progress takes one return, and the file holds ${document.returns.length}; give a file with one period.`,
    );
  return only;
}

/**
 * The document with the return `--progress` names beside it (a plan's progress columns, a progress
 * report's ratings); `undefined` when the return has errors (they are printed).
 */
export async function attachProgress(
  context: Context,
  document: LoadedDocument,
  file: string | undefined,
  read: ReadContext,
): Promise<LoadedDocument | undefined> {
  if (file === undefined) return document;
  if (document.kind !== "plan")
    throw usageError(
      "progress-needs-plan",
      `--progress puts a return beside a plan, and the input is a ${document.kind}.`,
    );
  const loaded = await loadOrReport(context, file, { kind: "progress-return" }, read);
  return loaded === undefined ? undefined : { ...document, progress: onlyReturn(file, loaded) };
}
