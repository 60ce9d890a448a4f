import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { schemaFiles } from "../scripts/schema-files";
import { jsonSchema } from "../src/index";

const root = join(import.meta.dirname, "..");

describe("schema/*.schema.json", () => {
  it.each(schemaFiles())(
    "$path matches the zod schemas (else run `pnpm --filter @cja-kit/json schema`)",
    ({ path, text }) => {
      expect(readFileSync(join(root, path), "utf8")).toBe(text);
    },
  );

  it("is published under the package's major version, as $id and $schema say", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(jsonSchema("plan").$id).toContain(`/@cja-kit/json@${String(version).split(".")[0]}/schema/`);
  });
});
