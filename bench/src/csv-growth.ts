import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { communityJusticeAuthorities } from "@cja-kit/core";
import { readPlanCsv } from "@cja-kit/csv";
import { type CsvKind, csvFile } from "./csv-files";
import { median } from "./measure";

/** The time to read one file of a kind and size, per MB. */
export type CsvRate = { kind: CsvKind; bytes: number; ms: number; msPerMB: number };

const SIZES = [100 * 1024, 1024 ** 2, 10 * 1024 ** 2];
const meta = {
  kind: "action-plan" as const,
  authority: communityJusticeAuthorities["lothian-borders"],
  period: { from: "2010-11", to: "2010-11" },
  outcomeFramework: "nab-2008",
};

/** readPlanCsv's time per MB on clean files, files with one row in ten malformed, and long-cell files, at 100 KB, 1 MB and 10 MB. */
export async function csvRates(): Promise<CsvRate[]> {
  const rates: CsvRate[] = [];
  for (const kind of ["clean", "bad rows", "long cells"] as const)
    for (const size of SIZES) {
      const bytes = csvFile(kind, size);
      // Small files run for two seconds: their medians are a few milliseconds and need many runs to settle.
      const small = size <= 1024 ** 2;
      const ms = await median(() => readPlanCsv(bytes, { plan: meta }), {
        iterations: small ? 10 : 3,
        time: small ? 2000 : 0,
      });
      const rate = { kind, bytes: bytes.length, ms, msPerMB: ms / (bytes.length / 1024 ** 2) };
      console.log(
        `CSV ${kind.padEnd(10)} ${(bytes.length / 1024).toFixed(0).padStart(6)} KB  ${ms.toFixed(0).padStart(6)} ms  ${rate.msPerMB.toFixed(0)} ms/MB`,
      );
      rates.push(rate);
    }
  return rates;
}

/** Streaming 100 MB, in a process of its own: the peak memory above the start, what the plan holds, and reading's own cost. */
export function streamMemory(bytes = 100 * 1024 ** 2): {
  bytes: number;
  peakMiB: number;
  heldMiB: number;
  actions: number;
} {
  const script = fileURLToPath(new URL("stream-memory.ts", import.meta.url));
  const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", script, String(bytes)], {
    encoding: "utf8",
  });
  const result = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}");
  console.log(
    `streaming ${(bytes / 1024 ** 2).toFixed(0)} MB: peak ${result.peakMiB?.toFixed(0)} MiB above the start, ${result.heldMiB?.toFixed(0)} MiB held by the plan`,
  );
  return result;
}
