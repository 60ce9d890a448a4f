import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundleCases, bundleLabel, lazyLabel, measureBundle } from "../bench/src/bundle-cases";

// Bundle sizes do not depend on the machine, so unlike timings they are checked here. The budgets
// live in bench/src/bundle-cases.ts; `pnpm bench` prints them with the figures in docs/performance.md.
const kib = (bytes: number) => bytes / 1024;
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const npm = (inputs: string[]) =>
  inputs.flatMap(
    (input) => /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? [],
  );

describe("bundle sizes", () => {
  it.each(bundleCases.map((c) => [`${c.entry} { ${c.names} } (${c.platform})`, c] as const))(
    "%s is within its budget, and what it loads on demand within its own",
    async (_name, c) => {
      const { gzipped, lazy } = await measureBundle(c);
      expect(
        kib(gzipped),
        `${kib(gzipped).toFixed(1)} kB gzipped; budget ${c.budgetKiB} kB`,
      ).toBeLessThanOrEqual(c.budgetKiB);
      expect(lazy === undefined, "a case loads code on demand exactly when it has a budget for it").toBe(
        c.lazy === undefined,
      );
      if (lazy !== undefined)
        expect(
          kib(lazy.gzipped),
          `${kib(lazy.gzipped).toFixed(1)} kB gzipped on demand; budget ${c.lazy?.budgetKiB} kB`,
        ).toBeLessThanOrEqual(c.lazy?.budgetKiB ?? 0);
    },
    120_000,
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

  // A dependency that declares no `sideEffects: false` stays in an app that imports it at all; each
  // package imports such a dependency through a chunk of its own (src/_internal/deps), so an app
  // gets it only with the functions that use it.
  it.each([
    ["@cja-kit/csv", "readPlanCsv", ["csv-stringify"]],
    ["@cja-kit/json", "write", ["jsonc-parser"]],
    ["@cja-kit/json", "jsonSchema", ["jsonc-parser"]],
    ["@cja-kit/docx", "renderActionPlan, toBlob", ["saxes"]],
    ["@cja-kit/xlsx", "writeWorkbook", ["saxes"]],
  ] as const)(
    "leaves out of { %s } from %s the dependencies it does not use: %j",
    async (entry, names, left) => {
      const { inputs } = await measureBundle({ entry, names, platform: "browser" });
      expect(npm(inputs).filter((name) => left.includes(name as never))).toEqual([]);
    },
    60_000,
  );

  it("leaves docx's charts out of an app that renders no indicator set", async () => {
    const { inputs } = await measureBundle({
      entry: "@cja-kit/docx",
      names: "renderActionPlan, toBlob",
      platform: "browser",
    });
    expect(inputs.filter((input) => input.includes("/docx/dist/charts"))).toEqual([]);
  }, 60_000);

  it("leaves saxes, the reader's XML parser, out of an app that only writes workbooks", async () => {
    const { code } = await measureBundle({
      entry: "@cja-kit/xlsx",
      names: "writeWorkbook",
      platform: "browser",
    });
    // saxes' own error for text outside the root element, in every build of it.
    const reader = await measureBundle({
      entry: "@cja-kit/xlsx",
      names: "sheetRecords",
      platform: "browser",
    });
    expect(reader.code).toContain("text data outside of root node.");
    expect(code).not.toContain("text data outside of root node.");
  }, 60_000);

  it("has every case's budget in docs/performance.md", () => {
    const doc = readFileSync(new URL("../docs/performance.md", import.meta.url), "utf8");
    for (const c of bundleCases) {
      expect(doc).toMatch(new RegExp(`\\| ${literal(bundleLabel(c))} \\|[^\\n]*\\| ${c.budgetKiB} \\|`));
      if (c.lazy !== undefined)
        expect(doc).toMatch(new RegExp(`\\| ${literal(lazyLabel(c))} \\|[^\\n]*\\| ${c.lazy.budgetKiB} \\|`));
    }
  });
});
