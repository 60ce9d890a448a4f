import { describe, expect, it } from "vitest";
import { paired, quantile, summarisePairs } from "./measure";

/** A clock that tasks advance by their cost times the machine's load at that moment. */
function loadedMachine(load: (run: number) => number) {
  let clock = 0;
  let runs = 0;
  const order: string[] = [];
  const task = (name: string, cost: number) => () => {
    order.push(name);
    clock += cost * load(runs++);
  };
  return { now: () => clock, task, order };
}

describe("paired", () => {
  it("holds the ratio when the machine's load changes half-way, where timing each side in a block does not", async () => {
    // Ours costs 4, the bare library 1; from the 12th run on the machine is three times slower.
    const machine = loadedMachine((run) => (run < 12 ? 1 : 3));
    const result = await paired(machine.task("ours", 4), machine.task("bare", 1), {
      iterations: 10,
      time: 0,
      now: machine.now,
    });
    expect(result).toMatchObject({ ratio: 4, low: 4, high: 4, pairs: 10 });
    // The same load timed in two blocks, ours then bare, as the bench did: ours at load 1, bare at 3.
    expect(summarisePairs([{ ours: 4 * 1, bare: 1 * 3 }]).ratio).toBeCloseTo(1.33, 2);
  });

  it("alternates which side goes first, after one warm-up run of each", async () => {
    const machine = loadedMachine(() => 1);
    await paired(machine.task("ours", 1), machine.task("bare", 1), {
      iterations: 3,
      time: 0,
      now: machine.now,
    });
    expect(machine.order).toEqual(["ours", "bare", "ours", "bare", "bare", "ours", "ours", "bare"]);
  });
});

describe("summarisePairs and quantile", () => {
  it("gives the median ratio of the pairs and the quartiles of the ratios", () => {
    const pairs = [2, 3, 4, 5, 10].map((ratio) => ({ ours: ratio * 10, bare: 10 }));
    expect(summarisePairs(pairs)).toEqual({ ours: 40, bare: 10, ratio: 4, low: 3, high: 5, pairs: 5 });
    expect(quantile([1, 2], 0.5)).toBe(1.5);
  });
});
