import { existsSync, readFileSync } from "node:fs";
import { join, posix, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile, type Plugin, transform } from "esbuild";

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
  /** The most the code the app loads at start may weigh, gzipped, in kB (1,024 bytes). */
  budgetKiB: number;
  /** Why the bundle weighs what it does, and why the budget is where it is. */
  why: string;
  /** The code loaded only when a dynamic `import()` runs, where there is any: its budget and why. */
  lazy?: { budgetKiB: number; why: string };
};

/** How docs/performance.md names a case: `import { read, write } from @cja-kit/json`. */
export function bundleLabel(c: Pick<BundleCase, "entry" | "names">): string {
  return c.names === "*" ? `import * from ${c.entry}` : `import { ${c.names} } from ${c.entry}`;
}

/** How docs/performance.md names the part of a case loaded on demand. */
export function lazyLabel(c: Pick<BundleCase, "entry" | "names">): string {
  return `${bundleLabel(c)}, loaded on demand`;
}

/** A bundle's size, minified and gzipped, in bytes, and the files that put code into it. */
export type BundleFigure = { minified: number; gzipped: number; inputs: string[]; code: string };

const whole = "everything the entry point exports";
const zod =
  "zod (about 25 kB: a schema checks a wrong argument, and zod 4 brings its JSON Schema generator with any schema)";
const layout = {
  budgetKiB: 400,
  why: "docx's own page layout engine (docx/layout), imported when a document with a contents page is packed, to number its pages; a chunk of its own",
};

/**
 * Every entry point, whole and by its main imports, each with its budget: about a fifth above
 * today's figure for a whole entry point (room to grow, none for a stray dependency: the 64 zod
 * locales were 55 kB), about a sixth for the imports a small app makes.
 */
export const bundleCases: BundleCase[] = [
  {
    entry: "@cja-kit/core",
    names: "*",
    platform: "browser",
    budgetKiB: 124,
    why: `${whole}: the import pipeline (about 25 kB), seven frameworks' wording and mappings, the parsers, status rules and validators, and ${zod}`,
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
    budgetKiB: 10,
    why: "the timescale grammar (quarters, half-years, events, qualified and ambiguous wording), with its own calendar arithmetic and no date library",
  },
  {
    entry: "@cja-kit/core",
    names: "validatePlan, formatIssue",
    platform: "browser",
    budgetKiB: 60,
    why: `the plan schema, the parsers, the plan rules and the default registry's seven frameworks (to resolve outcome references), with ${zod}; none of the import pipeline`,
  },
  {
    entry: "@cja-kit/core",
    names: "planFromRecords",
    platform: "browser",
    budgetKiB: 88,
    why: "the import pipeline (heading map, row shapes, every field's reader, the conservation tally) with what validatePlan brings",
  },
  {
    entry: "@cja-kit/csv",
    names: "*",
    platform: "browser",
    budgetKiB: 118,
    why: `${whole}: core's import pipeline, the decoder and tokeniser, csv-stringify's browser build`,
  },
  {
    entry: "@cja-kit/csv",
    names: "readPlanCsv",
    platform: "browser",
    budgetKiB: 92,
    why: "the decoder, delimiter sniffing and one-pass tokeniser, core's import pipeline, parsers and validator; no csv-stringify",
  },
  {
    entry: "@cja-kit/csv",
    names: "writePlanCsv",
    platform: "browser",
    budgetKiB: 64,
    why: `csv-stringify's browser build (about 10 kB), the plan's table and cell wording, the spreadsheet defences (formulas neutralised behind invisible characters and delimiters, values a spreadsheet would rewrite protected, cells too long for a spreadsheet warned of: about 4 kB), every option checked for its type (a wrong one is refused, naming it: about 1 kB), and ${zod}`,
  },
  {
    entry: "@cja-kit/json",
    names: "*",
    platform: "browser",
    budgetKiB: 82,
    why: `${whole}, with zod (one locale) and jsonc-parser`,
  },
  {
    entry: "@cja-kit/json",
    names: "read, write",
    platform: "browser",
    budgetKiB: 78,
    why: "the schemas, jsonc-parser for placing issues, core's validators (with the parsers and frameworks they use)",
  },
  {
    entry: "@cja-kit/json",
    names: "jsonSchema",
    platform: "browser",
    budgetKiB: 42,
    why: "the schemas and zod's JSON Schema generator; no validators, no jsonc-parser",
  },
  {
    entry: "@cja-kit/docx",
    names: "*",
    platform: "browser",
    budgetKiB: 216,
    why: `${whole}: the docx library with its charts, the template checks (fflate, saxes), core's indicators and reports, and ${zod}`,
    lazy: layout,
  },
  {
    entry: "@cja-kit/docx",
    names: "renderActionPlan, toBlob",
    platform: "browser",
    budgetKiB: 146,
    why: `the docx library (about 70 kB), the action plan's layout and column widths, the seven frameworks' wording, and ${zod}; no charts, no template checks`,
    lazy: layout,
  },
  {
    entry: "@cja-kit/docx/node",
    names: "*",
    platform: "node",
    budgetKiB: 76,
    why: `${whole}, for Node: packing to a Buffer and writing a file, with the docx library's Node build, and the renderers' checks of their input against core's schemas (about 7 kB)`,
    lazy: layout,
  },
  {
    entry: "@cja-kit/xlsx",
    names: "*",
    platform: "browser",
    budgetKiB: 175,
    why: `${whole}: the writer, the reader (fflate, saxes, numfmt, about 40 kB), core's assessments, and ${zod}; the budget has room for the readers on core's import pipeline (about 45 kB more)`,
  },
  {
    entry: "@cja-kit/xlsx",
    names: "writeWorkbook",
    platform: "browser",
    budgetKiB: 104,
    why: `the sheets, styles and zip (fflate), core's table, assessments and cell wording, ${zod}, the input checks against core's schemas, and numfmt (about 30 kB): a figure is written as a number cell only when numfmt shows it exactly as the source wrote it, else as text; no XML parser`,
  },
  {
    entry: "@cja-kit/xlsx/node",
    names: "*",
    platform: "node",
    budgetKiB: 104,
    why: `${whole}, for Node: writing a workbook to a file (the writer's budget above, with numfmt)`,
  },
  {
    entry: "@cja-kit/cli",
    names: "*",
    platform: "node",
    budgetKiB: 364,
    why: "the command (Node only): commander, cli-progress, csv-parse and every adapter, the Excel one (rich text read) included",
    lazy: layout,
  },
];

const packages = join(import.meta.dirname, "..", "..", "packages");

/** The package of an entry point: `@cja-kit/docx/node` is `docx`'s `./node`. */
function entryOf(entry: string): { pkg: string; subpath: string } {
  const [, pkg = "", sub] = /^@cja-kit\/([^/]+)(\/.+)?$/.exec(entry) ?? [];
  return { pkg, subpath: sub === undefined ? "." : `.${sub}` };
}

type Manifest = {
  exports: Record<string, { import?: { default?: string } } | string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  sideEffects?: boolean | string[];
};
type TsupOptions = { entry: string[] | Record<string, string>; noExternal?: string[] };
/** A package built as tsup builds its ESM: its output files by name, and its manifest. */
type Library = { files: Map<string, string>; manifest: Manifest };

const manifestOf = (pkg: string): Manifest =>
  JSON.parse(readFileSync(join(packages, pkg, "package.json"), "utf8")) as Manifest;

// tsup leaves the dependencies and peer dependencies as imports, bundles the rest, and inlines
// what `noExternal` names.
function dependenciesPlugin(manifest: Manifest, inline: string[]): Plugin {
  const named = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ]);
  const external = (path: string) => {
    if (path.startsWith("#") || path.startsWith("node:")) return true;
    const name = path.startsWith("@") ? path.split("/").slice(0, 2).join("/") : (path.split("/")[0] ?? path);
    return named.has(name) && !inline.includes(name);
  };
  return {
    name: "dependencies",
    setup(plugin) {
      plugin.onResolve({ filter: /^[^./]/ }, (args) =>
        external(args.path) ? { path: args.path, external: true } : undefined,
      );
    },
  };
}

const builds = new Map<string, Promise<Library>>();

// The package's ESM build from its sources, with its own tsup config (entries, code splitting,
// what it inlines), so the figures are those of the published files and not of a stale dist.
function libraryBuild(pkg: string): Promise<Library> {
  const known = builds.get(pkg);
  if (known !== undefined) return known;
  const dir = join(packages, pkg);
  const manifest = manifestOf(pkg);
  const made = import(pathToFileURL(join(dir, "tsup.config.ts")).href).then(async (module) => {
    const options = (module as { default: TsupOptions }).default;
    const entry = Array.isArray(options.entry)
      ? options.entry.map((file) => join(dir, file))
      : Object.fromEntries(Object.entries(options.entry).map(([name, file]) => [name, join(dir, file)]));
    const result = await build({
      entryPoints: entry,
      outbase: join(dir, "src"),
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "es2022",
      outdir: join(dir, "dist"),
      write: false,
      logLevel: "silent",
      plugins: [dependenciesPlugin(manifest, options.noExternal ?? [])],
    });
    const files = new Map(
      result.outputFiles.map((file) => [
        relative(join(dir, "dist"), file.path).replaceAll("\\", "/"),
        file.text,
      ]),
    );
    return { files, manifest };
  });
  builds.set(pkg, made);
  return made;
}

/** The file of the ESM build an entry point's `import` condition names, e.g. `node.js`. */
function entryFile(manifest: Manifest, subpath: string): string {
  const target = manifest.exports[subpath];
  const file = typeof target === "string" ? target : target?.import?.default;
  return (file ?? "").replace(/^\.\/dist\//, "");
}

// The app resolves @cja-kit packages to their builds; a build's own chunks come from the build,
// its dependencies from the package's folder. A package's `sideEffects: false` holds for its
// files, so a chunk the app does not use is left out with its imports.
const builtPackages: Plugin = {
  name: "built-packages",
  setup(plugin) {
    plugin.onResolve({ filter: /^@cja-kit\// }, async (args) => {
      const { pkg, subpath } = entryOf(args.path);
      if (!existsSync(join(packages, pkg, "tsup.config.ts"))) return undefined;
      const { manifest } = await libraryBuild(pkg);
      return {
        path: `${pkg}/${entryFile(manifest, subpath)}`,
        namespace: "built",
        sideEffects: manifest.sideEffects !== false ? undefined : false,
      };
    });
    plugin.onResolve({ filter: /^\.\.?\//, namespace: "built" }, async (args) => {
      const pkg = args.importer.split("/")[0] ?? "";
      const { manifest } = await libraryBuild(pkg);
      return {
        path: posix.join(posix.dirname(args.importer), args.path),
        namespace: "built",
        sideEffects: manifest.sideEffects !== false ? undefined : false,
      };
    });
    plugin.onLoad({ filter: /.*/, namespace: "built" }, async (args) => {
      const [pkg = "", ...rest] = args.path.split("/");
      const { files } = await libraryBuild(pkg);
      return { contents: files.get(rest.join("/")) ?? "", loader: "js", resolveDir: join(packages, pkg) };
    });
  },
};

type Output = Metafile["outputs"][string];

/** The outputs an app loads at start: the entry's file and the chunks it imports statically. */
function initialOutputs(outputs: Record<string, Output>): Set<string> {
  const entry = Object.keys(outputs).find((name) => outputs[name]?.entryPoint !== undefined);
  const initial = new Set<string>();
  const visit = (name: string | undefined) => {
    if (name === undefined || initial.has(name)) return;
    initial.add(name);
    for (const imported of outputs[name]?.imports ?? [])
      if (imported.kind === "import-statement" && !imported.external) visit(imported.path);
  };
  visit(entry);
  return initial;
}

function figureOf(files: Array<{ code: Uint8Array; output: Output | undefined }>): BundleFigure {
  return {
    minified: files.reduce((sum, file) => sum + file.code.length, 0),
    // Each file gzipped on its own, as a server sends it.
    gzipped: files.reduce((sum, file) => sum + gzipSync(file.code).length, 0),
    inputs: files.flatMap(({ output }) =>
      Object.entries(output?.inputs ?? {}).flatMap(([input, { bytesInOutput }]) =>
        bytesInOutput > 0 ? [input] : [],
      ),
    ),
    code: files.map((file) => new TextDecoder().decode(file.code)).join("\n"),
  };
}

/**
 * Bundles an app's import for its platform as an app's bundler does (esbuild, minified, every
 * dependency in it, code splitting on): what the app loads at start, and apart from it what it
 * loads only when a dynamic `import()` runs (docx's page layout engine, for a contents page).
 */
export async function measureBundle(
  c: Pick<BundleCase, "entry" | "names" | "platform">,
): Promise<BundleFigure & { lazy?: BundleFigure }> {
  const contents =
    c.names === "*" ? `export * from "${c.entry}";` : `export { ${c.names} } from "${c.entry}";`;
  const result = await build({
    stdin: { contents, resolveDir: packages, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    splitting: true,
    outdir: join(packages, "..", "bench", "out", "bundle"),
    platform: c.platform,
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [builtPackages],
  });
  const outputs = result.metafile.outputs;
  const initial = initialOutputs(outputs);
  const files = result.outputFiles
    .filter((file) => file.path.endsWith(".js"))
    .map((file) => {
      const name = relative(process.cwd(), file.path);
      return { name, code: file.contents, output: outputs[name] };
    });
  const later = files.filter((file) => !initial.has(file.name));
  return {
    ...figureOf(files.filter((file) => initial.has(file.name))),
    ...(later.length === 0 ? {} : { lazy: figureOf(later) }),
  };
}

/**
 * A package entry point's own code, minified, with every dependency left out: its file of the ESM
 * build and the chunks it imports.
 */
export async function measureLibrary(entry: string): Promise<Pick<BundleFigure, "minified" | "gzipped">> {
  const { pkg, subpath } = entryOf(entry);
  const { files, manifest } = await libraryBuild(pkg);
  const own = new Set<string>();
  const visit = (name: string) => {
    if (own.has(name) || !files.has(name)) return;
    own.add(name);
    for (const [, imported] of (files.get(name) ?? "").matchAll(/from\s*"(\.\.?\/[^"]+)"/g))
      visit(posix.join(posix.dirname(name), imported ?? ""));
  };
  visit(entryFile(manifest, subpath));
  let minified = 0;
  let gzipped = 0;
  for (const name of own) {
    const code = new TextEncoder().encode(
      (await transform(files.get(name) ?? "", { minify: true, format: "esm", loader: "js" })).code,
    );
    minified += code.length;
    gzipped += gzipSync(code).length;
  }
  return { minified, gzipped };
}
