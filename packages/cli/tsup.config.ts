import { defineConfig } from "tsup";

// The library entry (runCli) for import and require, and the binary; both bundle the package's own
// sources and leave its dependencies as imports.
export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm", "cjs"],
  dts: { entry: "src/index.ts" },
  sourcemap: true,
  clean: true,
  target: "es2022",
  tsconfig: "tsconfig.build.json",
});
