import { defineConfig } from "tsup";

export default defineConfig({
  // Each dependency that declares no `sideEffects: false` is imported through its own file in
  // src/_internal/deps, an entry here, so the ESM build puts it in a chunk of its own. The package
  // has no side effects, so an app's bundler leaves out a chunk the app does not use, and the
  // dependency with it; imported straight from the one-file build, it would stay in every app.
  entry: {
    index: "src/index.ts",
    "_internal/deps/csv-stringify": "src/_internal/deps/csv-stringify.ts",
  },
  format: ["esm", "cjs"],
  dts: {
    entry: {
      index: "src/index.ts",
    },
  },
  sourcemap: true,
  clean: true,
  target: "es2022",
  tsconfig: "tsconfig.build.json",
  // Resolved by package.json "imports" when the package is used: csv-stringify's
  // own Node builds under Node, their browser builds (with a Buffer shim, slower) elsewhere.
  external: ["#csv-stringify"],
});
