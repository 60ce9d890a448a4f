import { communityJusticeAuthorities } from "@cja-kit/core";
import { readPlanCsvStream } from "@cja-kit/csv";
import { longCellStream } from "./csv-files";

// Run alone (`node --expose-gc --import tsx src/stream-memory.ts BYTES`): streams BYTES of long-cell
// rows through readPlanCsvStream, sampling the process's memory at every chunk, and prints the
// peak above the start, the memory the finished plan holds, and the difference: what reading costs.

const total = Number(process.argv[2] ?? 100 * 2 ** 20);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const meta = {
  kind: "action-plan" as const,
  authority: communityJusticeAuthorities.lanarkshire,
  period: { from: "2010-11", to: "2010-11" },
};

gc();
const start = process.memoryUsage().rss;
let peak = start;
async function* sampled() {
  for await (const chunk of longCellStream(total)) {
    peak = Math.max(peak, process.memoryUsage().rss);
    yield chunk;
  }
}
const read = await readPlanCsvStream(sampled(), { plan: meta, unknownColumns: "keep" });
peak = Math.max(peak, process.memoryUsage().rss);
gc();
const held = process.memoryUsage().rss - start;
const actions = read.ok ? read.value.plan.themes.reduce((n, t) => n + (t.actions?.length ?? 0), 0) : 0;
console.log(
  JSON.stringify({ bytes: total, peakMiB: (peak - start) / 2 ** 20, heldMiB: held / 2 ** 20, actions }),
);
