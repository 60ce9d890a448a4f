import { defineConfig } from "vitest/config";

// Workspace packages resolve to their TypeScript sources through the "@cja-kit/source"
// export condition, so tests run without a build.
const conditions = ["@cja-kit/source", "module", "node", "development|production"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ["@cja-kit/source"] } },
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/test/**/*.test.ts",
      "examples/*/src/**/*.test.ts",
      "test/**/*.test.ts",
    ],
    typecheck: { enabled: false },
    // A guard against hangs, not a measure of speed: on a shared 2-core machine a test that takes
    // 2 s alone can take 7 s (timings are kept by pnpm bench).
    testTimeout: 30_000,
  },
});
