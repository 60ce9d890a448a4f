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
      "bench/src/**/*.test.ts",
    ],
    typecheck: { enabled: false },
    // A guard against hangs, not a timing: CI runs the suite on three Node lines on a shared
    // two-core machine, where a test of a few seconds alone can take five times as long.
    testTimeout: 30_000,
  },
});
