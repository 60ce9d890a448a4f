// Regenerates schema/*.schema.json from core's zod schemas: `pnpm --filter @cja-kit/json schema`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { schemaFiles } from "./schema-files";

const root = join(import.meta.dirname, "..");
for (const { path, text } of schemaFiles()) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
  console.log(`wrote ${path}`);
}
