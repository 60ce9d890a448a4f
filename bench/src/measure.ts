import { Bench } from "tinybench";

const collect = (globalThis as { gc?: () => void }).gc;

/**
 * The median time of a task in milliseconds: at least `iterations` runs after a warm-up, for about
 * `time` ms. The heap is collected once before the runs (`pnpm bench` runs Node with --expose-gc),
 * so a task does not pay for the garbage of the one before; not before each run, as a collection
 * also throws away compiled regular expressions and would make small tasks look slow.
 */
export async function median(
  task: () => unknown,
  options: { iterations?: number; time?: number } = {},
): Promise<number> {
  const bench = new Bench({
    iterations: options.iterations ?? 5,
    time: options.time ?? 1000,
    warmupIterations: 1,
    warmupTime: 0,
  });
  bench.add(
    "task",
    async () => {
      await task();
    },
    { beforeAll: () => collect?.() },
  );
  await bench.run();
  const latency = bench.tasks[0]?.result?.latency;
  if (latency === undefined) throw new Error(`benchmark failed: ${String(bench.tasks[0]?.result?.error)}`);
  return latency.p50 ?? latency.mean;
}
