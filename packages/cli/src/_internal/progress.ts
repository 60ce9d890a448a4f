import { MultiBar } from "cli-progress";
import { type Context, printLine, sayLine } from "./context";

/** Progress over many files: a bar on a terminal, nothing otherwise. */
export type Progress = {
  /** Counts a file as done. */
  advance(file: string): void;
  /** Prints a line of results without breaking the bar. */
  print(line: string): void;
  /** Prints a message line (stderr) without breaking the bar. */
  note(line: string): void;
  /** Removes the bar. */
  stop(): void;
};

const quiet = (context: Context): Progress => ({
  advance() {},
  print: (line) => printLine(context, line),
  note: (line) => sayLine(context, line),
  stop() {},
});

/**
 * Starts a progress bar on stderr for work over `total` files, when stderr is a terminal and there
 * is more than one file; lines printed meanwhile go above the bar when stdout is that terminal too.
 */
export function startProgress(context: Context, total: number, verb: string): Progress {
  if (context.stderr.isTTY !== true || total < 2) return quiet(context);
  const bars = new MultiBar({
    stream: context.stderr,
    format: `${verb} [{bar}] {value}/{total} {file}`,
    clearOnComplete: true,
    hideCursor: true,
    gracefulExit: false,
    barsize: 30,
  });
  const bar = bars.create(total, 0, { file: "" });
  const aboveBar = context.stdout.isTTY === true;
  return {
    advance: (file) => bar.increment({ file }),
    print: (line) => (aboveBar ? bars.log(`${line}\n`) : printLine(context, line)),
    note: (line) => bars.log(`${line}\n`),
    stop: () => bars.stop(),
  };
}
