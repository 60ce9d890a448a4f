import { rmSync } from "node:fs";

// Temporary files being written, so that a hard stop (a second Ctrl-C, an exit while a write is
// under way) can remove them: no half-written file is ever left behind.
const pending = new Set<string>();

/** Notes a temporary file being written. */
export function trackTemp(path: string): void {
  pending.add(path);
}

/** Forgets a temporary file that was renamed or removed. */
export function untrackTemp(path: string): void {
  pending.delete(path);
}

/** Removes every temporary file still being written (synchronously: it runs on process exit). */
export function removeTemps(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}
