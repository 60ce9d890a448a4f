import { defineConfig } from "tsup";

export default defineConfig({
  // Each dependency that declares no `sideEffects: false` is imported through its own file in
  // src/_internal/deps, an entry here, so the ESM build puts it in a chunk of its own. The package
  // has no side effects, so an app's bundler leaves out a chunk the app does not use, and the
  // dependency with it; imported straight from the one-file build, it would stay in every app.
  entry: {
    index: "src/index.ts",
    node: "src/node.ts",
    "_internal/deps/docx-charts": "src/_internal/deps/docx-charts.ts",
    "_internal/deps/saxes": "src/_internal/deps/saxes.ts",
  },
  format: ["esm", "cjs"],
  dts: {
    entry: {
      index: "src/index.ts",
      node: "src/node.ts",
    },
  },
  sourcemap: true,
  clean: true,
  target: "es2022",
  tsconfig: "tsconfig.build.json",
});
