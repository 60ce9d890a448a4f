import type { CjaKitError } from "@cja-kit/core";
import { usageError, workError } from "./failure";

const REASONS: ReadonlyMap<string, string> = new Map([
  ["ENOENT", "no such file or folder"],
  ["EISDIR", "is a folder, not a file"],
  ["ENOTDIR", "a part of the path is not a folder"],
  ["EACCES", "permission denied"],
  ["EPERM", "not permitted"],
  ["ENOSPC", "the disk is full"],
  ["EROFS", "the file system is read-only"],
  ["EMFILE", "too many open files"],
  ["ERR_FS_FILE_TOO_LARGE", "too large to read (over 2 GiB)"],
]);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * A file-system error as one line naming the file: reading a file that is missing or a folder is
 * a usage error (the command named the wrong path); anything else stops the work. `undefined` for
 * an error that is not the file system's.
 */
export function fsFailure(error: unknown, file: string, doing: "read" | "write"): CjaKitError | undefined {
  const code = codeOf(error);
  const reason = code === undefined ? undefined : REASONS.get(code);
  if (reason === undefined) return undefined;
  const message = `${file}: cannot ${doing} it: ${reason}.`;
  const usage = doing === "read" && (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR");
  return usage ? usageError("cannot-read", message) : workError(`cannot-${doing}`, message);
}
