import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  tsconfig: "tsconfig.build.json",
  // Resolved by package.json "imports" when the package is used: csv-stringify's
  // own Node builds under Node, their browser builds (with a Buffer shim, slower) elsewhere.
  external: ["#csv-stringify"],
});
