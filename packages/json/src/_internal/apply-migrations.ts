import type { DocumentFormat } from "../document/document-format";
import type { Migration } from "../read/migration";
import { describeError } from "./describe-error";
import type { DraftIssue } from "./draft-issue";

/** The data migrated from the file's version to the reader's, or the issue that stopped it. */
export function applyMigrations(
  format: DocumentFormat,
  version: number,
  target: number,
  data: unknown,
  migrations: readonly Migration[],
): { ok: true; data: unknown } | { ok: false; issue: DraftIssue } {
  const visited = new Set<number>();
  let current = { version, data };
  while (current.version !== target) {
    if (visited.has(current.version)) return { ok: false, issue: loop(format, current.version, target) };
    visited.add(current.version);
    const step = migrations.find(
      (migration) => migration.format === format && migration.from === current.version,
    );
    if (step === undefined)
      return { ok: false, issue: unsupported(format, current.version, target, version) };
    try {
      current = { version: step.to, data: step.migrate(current.data) };
    } catch (error) {
      return { ok: false, issue: failed(step, error) };
    }
  }
  return { ok: true, data: current.data };
}

function unsupported(format: DocumentFormat, at: number, target: number, version: number): DraftIssue {
  const via = at === version ? "" : ` (the migrations reach version ${at})`;
  const remedy = `pass a migration from version ${at} in the migrations option`;
  const what =
    version > target
      ? `It was written by a newer @cja-kit/json: upgrade @cja-kit/json, or ${remedy}.`
      : `To read it, ${remedy}.`;
  return {
    code: "json/unsupported-version",
    severity: "error",
    message: `The file is version ${version} of cja-kit/${format}${via}; this reader reads version ${target}. ${what}`,
    path: ["version"],
  };
}

function loop(format: DocumentFormat, at: number, target: number): DraftIssue {
  return {
    code: "json/invalid-migration",
    severity: "error",
    message: `The migrations of cja-kit/${format} come back to version ${at} without reaching version ${target}; give each version one migration towards ${target}.`,
    path: ["version"],
  };
}

function failed(step: Migration, error: unknown): DraftIssue {
  const reason = describeError(error);
  return {
    code: "json/migration-failed",
    severity: "error",
    message: `The migration of cja-kit/${step.format} from version ${step.from} to ${step.to} failed: ${reason}`,
    path: ["data"],
  };
}
