import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/node.ts"],
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "es2022",
  tsconfig: "tsconfig.build.json",
  // numfmt 4.0.1's package.json points `require` at a file it does not ship (dist/index.cjs), so a
  // CommonJS consumer could not load it: it is bundled, in both builds, instead.
  noExternal: ["numfmt"],
});
