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

/** Ours against the bare library, run by run: the median of each side and of the per-pair ratios. */
export type Paired = {
  ours: number;
  bare: number;
  /** The median of ours ÷ bare over the pairs. */
  ratio: number;
  /** The first and third quartiles of the per-pair ratios: the spread of the middle half. */
  low: number;
  high: number;
  pairs: number;
};

/** The value at fraction `q` (0 to 1) of sorted numbers, interpolated between neighbours. */
export function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)] ?? Number.NaN;
  const above = sorted[Math.ceil(at)] ?? below;
  return below + (above - below) * (at - Math.floor(at));
}

const ascending = (values: number[]) => values.sort((a, b) => a - b);

/** The medians of each side and of the per-pair ratios, with the ratios' quartiles. */
export function summarisePairs(times: ReadonlyArray<{ ours: number; bare: number }>): Paired {
  const ratios = ascending(times.map((pair) => pair.ours / pair.bare));
  return {
    ours: quantile(ascending(times.map((pair) => pair.ours)), 0.5),
    bare: quantile(ascending(times.map((pair) => pair.bare)), 0.5),
    ratio: quantile(ratios, 0.5),
    low: quantile(ratios, 0.25),
    high: quantile(ratios, 0.75),
    pairs: times.length,
  };
}

/** How paired runs: the fewest pairs, the time to go on for, and the clock (performance.now). */
export type PairOptions = { iterations?: number; time?: number; now?: () => number };

/**
 * Times ours and the bare library alternately, a pair at a time (which of the two goes first
 * alternates too), so both sides of a pair meet the same machine load and the ratio holds on a busy
 * machine where two separately timed blocks would not. At least `iterations` pairs, for about `time` ms,
 * after one warm-up run of each; the heap is collected once before the pairs.
 */
export async function paired(
  ours: () => unknown,
  bare: () => unknown,
  options: PairOptions = {},
): Promise<Paired> {
  const now = options.now ?? (() => performance.now());
  const timed = async (task: () => unknown) => {
    const start = now();
    await task();
    return now() - start;
  };
  await ours();
  await bare();
  collect?.();
  const times: Array<{ ours: number; bare: number }> = [];
  const until = now() + (options.time ?? 1000);
  while (times.length < (options.iterations ?? 5) || now() < until) {
    const oursFirst = times.length % 2 === 0;
    const first = await timed(oursFirst ? ours : bare);
    const second = await timed(oursFirst ? bare : ours);
    times.push(oursFirst ? { ours: first, bare: second } : { ours: second, bare: first });
  }
  return summarisePairs(times);
}
