#!/usr/bin/env node
// Runs the whole test suite once per time zone: dates are plain calendar days and must read and
// print the same everywhere (Pacific/Apia skipped 30 December 2011; Kiritimati is UTC+14).
// `pnpm test:tz` runs the four zones; `pnpm test:tz Pacific/Apia UTC` runs the ones named.
import { spawnSync } from "node:child_process";

const zones = process.argv.slice(2);
const all = ["Pacific/Apia", "Pacific/Kiritimati", "America/Los_Angeles", "UTC"];
const failed = [];
for (const zone of zones.length > 0 ? zones : all) {
  console.log(`\n::: TZ=${zone} vitest run`);
  const run = spawnSync("pnpm", ["exec", "vitest", "run"], {
    stdio: "inherit",
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) failed.push(zone);
}
console.log(
  failed.length === 0 ? "\nthe suite passed in every zone" : `\nthe suite failed in: ${failed.join(", ")}`,
);
process.exit(failed.length === 0 ? 0 : 1);
