import { guarded, has, isArray, isText } from "../_internal/guard";
import type { Content } from "../content/content";
import { contentText } from "../content/content-text";
import { defaultStatusRules } from "../status/default-status-rules";
import { normaliseStatus } from "../status/normalise-status";
import type { Rag } from "../status/rag";
import type { StatusRule } from "../status/status-rule";
import type { CouncilProgress, ProgressEntry } from "./progress-return";

/**
 * What {@link createProgressEntry} needs: an entry without its normalised status.
 *
 * @example
 * ```ts
 * const input: ProgressEntryInput = { action: "6.1", progress: [{ kind: "paragraph", text: "complete" }] };
 * ```
 */
export type ProgressEntryInput = Omit<ProgressEntry, "status"> & {
  /** The status wording, where a return reports one apart from the narrative. */
  statusWording?: string;
};

function narrative(progress: Content, byCouncil: CouncilProgress[] | undefined): string {
  return [contentText(progress), ...(byCouncil ?? []).map((part) => contentText(part.progress))]
    .join("\n")
    .trim();
}

/** A status cell that is a RAG word ("Green", "AMBER – some slippage") is the return's own rating. */
function ragOf(wording: string | undefined): Rag | undefined {
  const word = /^\s*(red|amber|green)\b/i.exec(wording ?? "")?.[1]?.toLowerCase();
  return word === "red" || word === "amber" || word === "green" ? word : undefined;
}

/**
 * A progress entry with its status read from the wording: the status wording if given, else the
 * narrative (including per-council parts). A status wording that is a RAG word ("Green",
 * "Amber – some slippage") is also kept as the return's own rating (`reportedRag`), unless the
 * entry gives one.
 *
 * @param input - The entry as reported.
 * @param rules - Status rules; {@link defaultStatusRules} by default.
 * @returns The entry with `status` filled in.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * createProgressEntry({ action: "3", progress: [{ kind: "paragraph", text: "On track" }] }).status;
 * // { raw: "On track", status: "on-track", rule: "term-on-track", evidence: "On track" }
 * ```
 */
export function createProgressEntry(
  input: ProgressEntryInput,
  rules: readonly StatusRule[] = defaultStatusRules,
): ProgressEntry {
  return guarded(
    "createProgressEntry",
    () => [
      ["input", (value) => has(value, "action", isText) && has(value, "progress", isArray), input],
      ["rules", isArray, rules],
    ],
    () => createProgressEntryOf(input, rules),
  );
}

function createProgressEntryOf(
  input: ProgressEntryInput,
  rules: readonly StatusRule[] = defaultStatusRules,
): ProgressEntry {
  const { statusWording, ...entry } = input;
  const wording = statusWording ?? narrative(input.progress, input.byCouncil);
  const rag = ragOf(statusWording);
  const reportedRag =
    entry.reportedRag ?? (rag === undefined ? undefined : { raw: (statusWording ?? "").trim(), rag });
  return {
    ...entry,
    status: normaliseStatus(wording, rules),
    ...(reportedRag === undefined ? {} : { reportedRag }),
  };
}
