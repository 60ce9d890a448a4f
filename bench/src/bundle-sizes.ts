import { bundleCases, bundleLabel, lazyLabel, measureBundle, measureLibrary } from "./bundle-cases";

/** A bundle's size, minified and gzipped, in bytes, with its budget where it has one. */
export type BundleSize = { name: string; minified: number; gzipped: number; budgetKiB?: number; why: string };

const LIBRARIES: Array<[string, string]> = [
  ["@cja-kit/core", "zod"],
  ["@cja-kit/csv", "core and csv-stringify"],
  ["@cja-kit/json", "core, zod and jsonc-parser"],
  ["@cja-kit/docx", "core, zod, docx, fflate and saxes"],
  ["@cja-kit/xlsx", "core, zod, fflate and saxes (numfmt is inlined in its build)"],
  ["@cja-kit/cli", "the other packages, commander, cli-progress and csv-parse"],
];

/**
 * Every bundle case with its budget (and what it loads on demand, with its own), then each
 * package's own code without its dependencies.
 */
export async function bundleSizes(): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const c of bundleCases) {
    const { minified, gzipped, lazy } = await measureBundle(c);
    sizes.push({ name: bundleLabel(c), minified, gzipped, budgetKiB: c.budgetKiB, why: c.why });
    if (lazy !== undefined)
      sizes.push({
        name: lazyLabel(c),
        minified: lazy.minified,
        gzipped: lazy.gzipped,
        ...(c.lazy === undefined ? {} : { budgetKiB: c.lazy.budgetKiB }),
        why: c.lazy?.why ?? "",
      });
  }
  for (const [entry, deps] of LIBRARIES)
    sizes.push({ name: `${entry}, its own code`, ...(await measureLibrary(entry)), why: `without ${deps}` });
  return sizes;
}
