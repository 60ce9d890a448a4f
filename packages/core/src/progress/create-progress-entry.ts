import { guarded, has, isArray, isText } from "../_internal/guard";
import type { Content } from "../content/content";
import { contentText } from "../content/content-text";
import { defaultStatusRules } from "../status/default-status-rules";
import { normaliseStatus } from "../status/normalise-status";
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

/**
 * A progress entry with its status read from the wording: the status wording if given, else the
 * narrative (including per-council parts).
 *
 * @param input - The entry as reported.
 * @param rules - Status rules; {@link defaultStatusRules} by default.
 * @returns The entry with `status` filled in.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * createProgressEntry({ action: "3", progress: [{ kind: "paragraph", text: "On track" }] }).status;
 * // { raw: "On track", status: "on-track", rule: "on-track" }
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
  return { ...entry, status: normaliseStatus(wording, rules) };
}
