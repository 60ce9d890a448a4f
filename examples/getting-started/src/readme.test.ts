import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("the getting-started guide's code", () => {
  it("is this example, word for word, and under 20 lines", () => {
    const guide = readFileSync(new URL("../../../docs/getting-started.md", import.meta.url), "utf8");
    const code = readFileSync(new URL("./validate-and-render.ts", import.meta.url), "utf8");
    expect(guide).toContain(`\`\`\`ts\n${code}\`\`\``);
    expect(
      code
        .trim()
        .split("\n")
        .filter((line) => line.trim().length > 0).length,
    ).toBeLessThan(20);
  });
});

describe("the README's usage snippet", () => {
  it("is this example, word for word", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const snippet = readFileSync(new URL("./index.ts", import.meta.url), "utf8");
    expect(readme).toContain(`\`\`\`ts\n${snippet}\`\`\``);
  });
});
