import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin, transform } from "esbuild";

/**
 * An app's import from one entry point of a package, and how large its bundle may be. The budgets
 * are checked by `test/bundle-size.test.ts` and printed in docs/performance.md by `pnpm bench`.
 */
export type BundleCase = {
  /** The entry point, e.g. `@cja-kit/docx/node`. */
  entry: string;
  /** The names imported, or `*` for everything. */
  names: string;
  platform: "browser" | "node";
  /** The most the bundle may weigh, gzipped, in kB (1,024 bytes). */
  budgetKiB: number;
  /** Why the bundle weighs what it does. */
  why: string;
};

/** How docs/performance.md names a case: `import { read, write } from @cja-kit/json`. */
export function bundleLabel(c: Pick<BundleCase, "entry" | "names">): string {
  return c.names === "*" ? `import * from ${c.entry}` : `import { ${c.names} } from ${c.entry}`;
}

/** A bundle's size, minified and gzipped, in bytes, and the files that put code into it. */
export type BundleFigure = { minified: number; gzipped: number; inputs: string[] };

const whole = "everything the entry point exports";

/**
 * Every entry point, whole and by its main imports, each with its budget: about a fifth above
 * today's figure for a whole entry point (room to grow, none for a stray dependency: the 64 zod
 * locales were 55 kB), tighter for the imports a small app makes.
 */
export const bundleCases: BundleCase[] = [
  {
    entry: "@cja-kit/core",
    names: "*",
    platform: "browser",
    budgetKiB: 66,
    why: `${whole}, with zod and date-fns`,
  },
  {
    entry: "@cja-kit/core",
    names: "nab2008, nsmo2006",
    platform: "browser",
    budgetKiB: 3,
    why: "two frameworks' wording, without zod (the schemas are marked pure)",
  },
  {
    entry: "@cja-kit/core",
    names: "deriveRag",
    platform: "browser",
    budgetKiB: 4,
    why: "the rating rules; dates written from a month table, not date-fns `format`",
  },
  {
    entry: "@cja-kit/core",
    names: "parseTimescale",
    platform: "browser",
    budgetKiB: 6,
    why: "the timescale grammar and the few date-fns functions it calls",
  },
  {
    entry: "@cja-kit/core",
    names: "validatePlan, formatIssue",
    platform: "browser",
    budgetKiB: 50,
    why: "the plan schema with zod, the parsers and the rules",
  },
  {
    entry: "@cja-kit/csv",
    names: "*",
    platform: "browser",
    budgetKiB: 98,
    why: `${whole}, with csv-parse's and csv-stringify's browser builds`,
  },
  {
    entry: "@cja-kit/csv",
    names: "readPlanCsv",
    platform: "browser",
    budgetKiB: 88,
    why: "csv-parse's browser build (with its Buffer shim), core's parsers and validator",
  },
  {
    entry: "@cja-kit/csv",
    names: "writePlanCsv",
    platform: "browser",
    budgetKiB: 20,
    why: "csv-stringify's browser build and the plan's table",
  },
  {
    entry: "@cja-kit/json",
    names: "*",
    platform: "browser",
    budgetKiB: 66,
    why: `${whole}, with zod (one locale) and jsonc-parser`,
  },
  {
    entry: "@cja-kit/json",
    names: "read, write",
    platform: "browser",
    budgetKiB: 64,
    why: "the schemas, jsonc-parser for placing issues, core's validators",
  },
  {
    entry: "@cja-kit/json",
    names: "jsonSchema",
    platform: "browser",
    budgetKiB: 55,
    why: "the schemas and zod's JSON Schema generator",
  },
  {
    entry: "@cja-kit/docx",
    names: "*",
    platform: "browser",
    budgetKiB: 130,
    why: `${whole}, with the docx library`,
  },
  {
    entry: "@cja-kit/docx",
    names: "renderActionPlan, toBlob",
    platform: "browser",
    budgetKiB: 96,
    why: "the docx library and the action plan's layout",
  },
  {
    entry: "@cja-kit/docx/node",
    names: "*",
    platform: "node",
    budgetKiB: 60,
    why: `${whole}, for Node (the docx library's Node build)`,
  },
];

const packages = join(import.meta.dirname, "..", "..", "packages");

// The package builds as tsup makes them (one ESM file per entry, dependencies left as imports),
// from the sources, so the figures do not depend on a stale dist.
const ENTRIES: Record<string, { pkg: string; file: string }> = {
  "@cja-kit/core": { pkg: "core", file: "src/index.ts" },
  "@cja-kit/csv": { pkg: "csv", file: "src/index.ts" },
  "@cja-kit/json": { pkg: "json", file: "src/index.ts" },
  "@cja-kit/docx": { pkg: "docx", file: "src/index.ts" },
  "@cja-kit/docx/node": { pkg: "docx", file: "src/node.ts" },
};

const builds = new Map<string, Promise<string>>();

function libraryBuild(entry: string): Promise<string> {
  const known = builds.get(entry);
  if (known !== undefined) return known;
  const { pkg, file } = ENTRIES[entry] ?? { pkg: "", file: "" };
  const made = build({
    entryPoints: [join(packages, pkg, file)],
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    packages: "external",
    external: ["#csv-parse", "#csv-stringify"],
    write: false,
    logLevel: "silent",
  }).then((result) => result.outputFiles[0]?.text ?? "");
  builds.set(entry, made);
  return made;
}

const builtPackages: Plugin = {
  name: "built-packages",
  setup(plugin) {
    plugin.onResolve({ filter: /^@cja-kit\/(core|csv|json|docx)(\/node)?$/ }, (args) => ({
      path: args.path,
      namespace: "built",
    }));
    plugin.onLoad({ filter: /.*/, namespace: "built" }, async (args) => ({
      contents: await libraryBuild(args.path),
      resolveDir: join(packages, ENTRIES[args.path]?.pkg ?? ""),
    }));
  },
};

/** Bundles an app's import for its platform, minified, with every dependency in it. */
export async function measureBundle(
  c: Pick<BundleCase, "entry" | "names" | "platform">,
): Promise<BundleFigure> {
  const contents =
    c.names === "*" ? `export * from "${c.entry}";` : `export { ${c.names} } from "${c.entry}";`;
  const result = await build({
    stdin: { contents, resolveDir: packages, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: c.platform,
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [builtPackages],
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const [output] = Object.values(result.metafile.outputs);
  return {
    minified: code.length,
    gzipped: gzipSync(code).length,
    inputs: Object.entries(output?.inputs ?? {}).flatMap(([input, { bytesInOutput }]) =>
      bytesInOutput > 0 ? [input] : [],
    ),
  };
}

/** A package entry point's own code, minified, with every dependency left out. */
export async function measureLibrary(entry: string): Promise<Pick<BundleFigure, "minified" | "gzipped">> {
  const result = await transform(await libraryBuild(entry), { minify: true, format: "esm", loader: "js" });
  const code = new TextEncoder().encode(result.code);
  return { minified: code.length, gzipped: gzipSync(code).length };
}
