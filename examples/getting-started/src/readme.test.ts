import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("the README's usage snippet", () => {
  it("is this example, word for word", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const snippet = readFileSync(new URL("./index.ts", import.meta.url), "utf8");
    expect(readme).toContain(`\`\`\`ts\n${snippet}\`\`\``);
  });
});
