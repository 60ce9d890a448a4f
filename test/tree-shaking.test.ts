import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const core = join(import.meta.dirname, "../packages/core");

/** @cja-kit/core as tsup builds it: one ESM file, zod and date-fns left as imports. */
async function builtCore(): Promise<string> {
  const result = await build({
    entryPoints: [join(core, "src/index.ts")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    external: ["zod", "date-fns"],
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

/** An app's bundle of one import from the built core, minified, with zod and date-fns bundled in. */
async function appImporting(names: string): Promise<{ bytes: number; inputs: string[] }> {
  const library = await builtCore();
  const result = await build({
    stdin: { contents: `export { ${names} } from "@cja-kit/core";`, resolveDir: core },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [
      {
        name: "built-core",
        setup(plugin) {
          plugin.onResolve({ filter: /^@cja-kit\/core$/ }, () => ({
            path: "index.js",
            namespace: "built-core",
          }));
          plugin.onLoad({ filter: /.*/, namespace: "built-core" }, () => ({
            contents: library,
            resolveDir: core,
          }));
        },
      },
    ],
  });
  const [output] = Object.values(result.metafile.outputs);
  return {
    bytes: result.outputFiles[0]?.contents.length ?? 0,
    // The files that put code into the bundle (the others were read and shaken out).
    inputs: Object.entries(output?.inputs ?? {}).flatMap(([input, { bytesInOutput }]) =>
      bytesInOutput > 0 ? [input] : [],
    ),
  };
}

describe("tree-shaking the built @cja-kit/core", () => {
  it("leaves zod, date-fns and the rest of core out of an app that imports only two taxonomies", async () => {
    const { bytes, inputs } = await appImporting("nab2008, nsmo2006");
    expect(inputs.filter((input) => input.includes("node_modules"))).toEqual([]);
    // The 37 outcomes' wording is about 5 kB; the whole of core is some 80 kB.
    expect(bytes).toBeLessThan(8_000);
  }, 60_000);

  it("brings zod in with a schema", async () => {
    const { inputs } = await appImporting("Plan");
    expect(inputs.some((input) => input.includes("/zod/"))).toBe(true);
  }, 60_000);
});
