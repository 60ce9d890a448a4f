import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { schemaFiles } from "../scripts/schema-files";
import { jsonSchema, write } from "../src/index";
import { seedCases } from "./seed-cases";

const root = join(import.meta.dirname, "..");
const PYTHON = "/usr/bin/python3";
const hasPythonJsonschema = spawnSync(PYTHON, ["-c", "import jsonschema"]).status === 0;

// Python's jsonschema checks each seed document against its shipped schema, found by its $id in a
// registry of all four (as a tool given the files, not the network, finds them).
const CHECK = `
import json, sys, warnings
from jsonschema import Draft202012Validator, RefResolver
warnings.simplefilter("ignore", DeprecationWarning)
store = {}
for path in sys.argv[2:]:
    schema = json.load(open(path))
    store[schema["$id"]] = schema
documents = json.load(open(sys.argv[1]))
failures = 0
for name, document in documents:
    schema = store["urn:cja-kit:" + document["format"].split("/")[1] + ":v1"]
    validator = Draft202012Validator(schema, resolver=RefResolver.from_schema(schema, store=store))
    for error in validator.iter_errors(document):
        failures += 1
        print(name, error.message)
print("checked", len(documents))
sys.exit(1 if failures else 0)
`;

describe("schema/*.schema.json", () => {
  it.each(schemaFiles())(
    "$path matches the zod schemas (else run `pnpm --filter @cja-kit/json schema`)",
    ({ path, text }) => {
      expect(readFileSync(join(root, path), "utf8")).toBe(text);
    },
  );

  it("has an $id that names the format and its version, and write's $schema names the package's major", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    expect(jsonSchema("plan").$id).toBe("urn:cja-kit:plan:v1");
    const [first] = seedCases;
    expect(JSON.parse(write(first?.document ?? ({ format: "plan", data: {} } as never))).$schema).toContain(
      `/@cja-kit/json@${String(version).split(".")[0]}/schema/`,
    );
  });

  it.skipIf(!hasPythonJsonschema && process.env.CJA_KIT_REAL_CLIENTS !== "required")(
    "validates every seed document under Python's jsonschema, the schemas found by their $id",
    () => {
      const folder = mkdtempSync(join(tmpdir(), "cja-json-schema-"));
      const documents = join(folder, "documents.json");
      writeFileSync(
        documents,
        JSON.stringify(seedCases.map(({ name, document }) => [name, JSON.parse(write(document))])),
      );
      const result = spawnSync(
        PYTHON,
        ["-c", CHECK, documents, ...schemaFiles().map(({ path }) => join(root, path))],
        {
          encoding: "utf8",
        },
      );
      expect(result.stdout + result.stderr).toContain(`checked ${seedCases.length}`);
      expect(result.status, result.stdout + result.stderr).toBe(0);
    },
    30_000,
  );
});
