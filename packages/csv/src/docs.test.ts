import { readFileSync } from "node:fs";
import { fieldAliases } from "@cja-kit/core";
import { describe, expect, it } from "vitest";

describe("docs/csv.md", () => {
  const guide = readFileSync(new URL("../../../docs/csv.md", import.meta.url), "utf8");

  it("lists every heading alias the reader knows", () => {
    for (const labels of Object.values(fieldAliases)) {
      for (const label of labels) expect(guide, label).toContain(`\`${label}\``);
    }
  });
});
