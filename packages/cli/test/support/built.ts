import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "../../../..");
const packages = ["core", "csv", "json", "docx", "xlsx", "cli"];

/** The built binary, as the package's `bin` names it. */
export const BIN = join(root, "packages/cli/dist/cli.js");

function newest(folder: string): number {
  return readdirSync(folder, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(folder, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
}

function fresh(pkg: string): boolean {
  const built = join(root, "packages", pkg, "dist/index.js");
  return existsSync(built) && statSync(built).mtimeMs >= newest(join(root, "packages", pkg, "src"));
}

/**
 * Builds the command and the packages it runs on (`pnpm build` of each), unless every build is
 * newer than its sources (CI builds before it tests).
 */
export function ensureBuilt(): void {
  if (packages.every(fresh)) return;
  execFileSync("pnpm", ["--filter", "@cja-kit/cli...", "run", "build"], { cwd: root, stdio: "pipe" });
}

/** What a run of a process printed and how it ended. */
export type Exited = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

/** A running process with what it has printed so far. */
export type Running = {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<Exited>;
};

/** Starts a command, collecting its output. */
export function start(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): Running {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<Exited>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

/** Runs the built binary to its end. */
export function runBin(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Exited> {
  return start(process.execPath, [BIN, ...args], cwd, env).exited;
}

/** Resolves once the condition holds, checking every 20 ms (for a process's output). */
export async function until(condition: () => boolean, what: string, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The workspace root, for packing the packages. */
export const ROOT = root;
export const PACKED = packages;
