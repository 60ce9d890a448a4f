import { bundleCases, bundleLabel, measureBundle, measureLibrary } from "./bundle-cases";

/** A bundle's size, minified and gzipped, in bytes, with its budget where it has one. */
export type BundleSize = { name: string; minified: number; gzipped: number; budgetKiB?: number; why: string };

const LIBRARIES: Array<[string, string, number | undefined]> = [
  ["@cja-kit/core", "zod and date-fns", 30],
  ["@cja-kit/csv", "core, csv-parse and csv-stringify", undefined],
  ["@cja-kit/json", "core, zod and jsonc-parser", undefined],
  ["@cja-kit/docx", "core, zod and docx", undefined],
];

/** Every bundle case with its budget, then each package's own code without its dependencies. */
export async function bundleSizes(): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const c of bundleCases)
    sizes.push({ name: bundleLabel(c), ...(await measureBundle(c)), budgetKiB: c.budgetKiB, why: c.why });
  for (const [entry, deps, budgetKiB] of LIBRARIES)
    sizes.push({
      name: `${entry}, its own code`,
      ...(await measureLibrary(entry)),
      ...(budgetKiB === undefined ? {} : { budgetKiB }),
      why: `without ${deps}`,
    });
  return sizes;
}
