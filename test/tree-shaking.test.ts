import { describe, expect, it } from "vitest";
import { measureBundle } from "../bench/src/bundle-cases";

/** An app's bundle of one import from @cja-kit/core as tsup builds it, minified, with zod and date-fns. */
const appImporting = (names: string) => measureBundle({ entry: "@cja-kit/core", names, platform: "browser" });

describe("tree-shaking the built @cja-kit/core", () => {
  it("leaves zod, date-fns and the rest of core out of an app that imports only two taxonomies", async () => {
    const { minified, inputs } = await appImporting("nab2008, nsmo2006");
    expect(inputs.filter((input) => input.includes("node_modules"))).toEqual([]);
    // The 37 outcomes' wording is about 5 kB; the whole of core is some 80 kB.
    expect(minified).toBeLessThan(8_000);
  }, 60_000);

  it("leaves the import pipeline out of an app that validates plans", async () => {
    const { code } = await appImporting("validatePlan, formatIssue");
    // The conservation tally's issue, given only by the pipeline's engine.
    expect((await appImporting("planFromRecords")).code).toContain("table/cells-unaccounted");
    expect(code).not.toContain("table/cells-unaccounted");
  }, 60_000);

  it("brings zod in with a schema", async () => {
    const { inputs } = await appImporting("Plan");
    expect(inputs.some((input) => input.includes("/zod/"))).toBe(true);
  }, 60_000);
});
