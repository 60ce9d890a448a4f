import type { Plan, ProgressReturn } from "@cja-kit/core";
import type { LoadedDocument } from "./document";
import { usageError } from "./failure";

/** A plan to assess, with the return on it (from its own CSV or a file of its own). */
export type PlanWithProgress = { file: string; plan: Plan; progress?: ProgressReturn };

type Read = { file: string; document: LoadedDocument };

function plansOf(reads: readonly Read[]): PlanWithProgress[] {
  return reads.flatMap(({ file, document }) => {
    if (document.kind === "plan")
      return [
        {
          file,
          plan: document.plan,
          ...(document.progress === undefined ? {} : { progress: document.progress }),
        },
      ];
    if (document.kind === "progress-return") return [];
    throw usageError(
      "not-a-plan",
      `${file}: rollup reads plans and progress returns, and this is a ${document.kind}.`,
    );
  });
}

function targetOf(
  plans: readonly PlanWithProgress[],
  file: string,
  progress: ProgressReturn,
): PlanWithProgress {
  const byId = plans.find((p) => p.plan.id !== undefined && p.plan.id === progress.planId);
  const only = plans.length === 1 ? plans[0] : undefined;
  const target = byId ?? (progress.planId === undefined ? only : undefined);
  if (target === undefined)
    throw usageError(
      "return-without-plan",
      `${file}: cannot tell which plan this return reports on (its plan id is ${progress.planId ?? "not given"}, and ${plans.length} plans were given); give each plan an id and each return its plan's id, or roll up one plan at a time.`,
    );
  if (target.progress !== undefined)
    throw usageError(
      "two-returns",
      `${file}: ${target.file} already has a return; roll up one period at a time.`,
    );
  return target;
}

/**
 * The plans among the files read, each with its return: a return goes to the plan whose id it
 * names, or to the only plan when it names none. A return that fits no plan, or a second return
 * for a plan, stops the command: a roll-up over a guessed pairing would be wrong.
 */
export function pairReturns(reads: readonly Read[]): PlanWithProgress[] {
  const plans = plansOf(reads);
  for (const { file, document } of reads)
    if (document.kind === "progress-return")
      for (const progress of document.returns) targetOf(plans, file, progress).progress = progress;
  return plans;
}
