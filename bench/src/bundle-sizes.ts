import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** A bundle's size, minified, and gzipped, in bytes. */
export type BundleSize = { name: string; minified: number; gzipped: number };

async function bundle(name: string, contents: string, external: string[]): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    external,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { name, minified: code.length, gzipped: gzipSync(code).length };
}

/** Each package's ESM build with and without its dependencies, and an import of only the taxonomies. */
export async function bundleSizes(): Promise<BundleSize[]> {
  const everything = (pkg: string) => `export * from "@cja-kit/${pkg}";`;
  const others = [
    "zod",
    "date-fns",
    "csv-parse",
    "csv-stringify",
    "#csv-parse",
    "#csv-stringify",
    "docx",
    "jsonc-parser",
  ];
  const ownDeps = (pkg: string) => [
    ...others,
    ...["core", "csv", "json", "docx"].filter((p) => p !== pkg).map((p) => `@cja-kit/${p}`),
  ];
  return [
    await bundle("@cja-kit/core, with zod and date-fns", everything("core"), []),
    await bundle("@cja-kit/core, without zod and date-fns", everything("core"), [
      "zod",
      "date-fns",
      "date-fns/*",
    ]),
    await bundle(
      "import { nab2008, nsmo2006 } from @cja-kit/core (tree-shaken, with deps)",
      `export { nab2008, nsmo2006 } from "@cja-kit/core";`,
      [],
    ),
    await bundle("@cja-kit/csv, with its dependencies", everything("csv"), []),
    await bundle("@cja-kit/csv, without its dependencies", everything("csv"), ownDeps("csv")),
    await bundle("@cja-kit/json, with its dependencies", everything("json"), []),
    await bundle("@cja-kit/json, without its dependencies", everything("json"), ownDeps("json")),
    await bundle("@cja-kit/docx, with its dependencies", everything("docx"), []),
    await bundle("@cja-kit/docx, without its dependencies", everything("docx"), ownDeps("docx")),
  ];
}
