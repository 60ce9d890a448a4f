import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundleCases, bundleLabel, measureBundle } from "../bench/src/bundle-cases";

// Bundle sizes do not depend on the machine, so unlike timings they are checked here. The budgets
// live in bench/src/bundle-cases.ts; `pnpm bench` prints them with the figures in docs/performance.md.
const kib = (bytes: number) => bytes / 1024;
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

describe("bundle sizes", () => {
  it.each(bundleCases.map((c) => [`${c.entry} { ${c.names} } (${c.platform})`, c] as const))(
    "%s is within its budget",
    async (_name, c) => {
      const { gzipped } = await measureBundle(c);
      expect(
        kib(gzipped),
        `${kib(gzipped).toFixed(1)} kB gzipped; budget ${c.budgetKiB} kB`,
      ).toBeLessThanOrEqual(c.budgetKiB);
    },
    60_000,
  );

  it("keeps zod's locales other than English out of @cja-kit/json's read and write", async () => {
    const { inputs } = await measureBundle({
      entry: "@cja-kit/json",
      names: "read, write",
      platform: "browser",
    });
    const locales = inputs.filter((input) => input.includes("/zod/v4/locales/"));
    expect(locales.map((input) => input.replace(/.*\/locales\//, ""))).toEqual(["en.js"]);
  }, 60_000);

  it("writes deriveRag's dates without date-fns format", async () => {
    const { inputs } = await measureBundle({
      entry: "@cja-kit/core",
      names: "deriveRag",
      platform: "browser",
    });
    expect(inputs.filter((input) => /date-fns\/(format|locale)/.test(input))).toEqual([]);
  }, 60_000);

  it("has every case's budget in docs/performance.md", () => {
    const doc = readFileSync(new URL("../docs/performance.md", import.meta.url), "utf8");
    for (const c of bundleCases)
      expect(doc).toMatch(new RegExp(`\\| ${literal(bundleLabel(c))} \\|[^\\n]*\\| ${c.budgetKiB} \\|`));
  });
});
