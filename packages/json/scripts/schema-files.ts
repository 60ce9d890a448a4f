import { documentFormats, jsonSchema } from "../src/index";

/** The JSON Schema files this package ships, by path from the package root, as their text. */
export function schemaFiles(): Array<{ path: string; text: string }> {
  return documentFormats.map((format) => ({
    path: `schema/${format}.schema.json`,
    text: `${JSON.stringify(jsonSchema(format), null, 2)}\n`,
  }));
}
