import type { JSONSchema } from "zod/v4/core";

type Node = JSONSchema.JSONSchema;

/**
 * Gives each property that is only a `$ref` to a `$defs` entry that entry's description, each
 * constant (a union member's `kind`) a description naming it, and each `$defs` entry its name as
 * `title`. zod writes a named schema's description once, in `$defs`, and
 * a property using it as a bare `$ref`; editors show a property's own description on hover, and
 * code generators (quicktype, datamodel-code-generator) name a type after its `title` (without it
 * they invent names such as `RowElement`).
 */
export function describeReferences(schema: Node): Node {
  const defs = schema.$defs ?? {};
  const visit = (node: unknown, within: string): void => {
    if (typeof node !== "object" || node === null) return;
    for (const [key, property] of Object.entries((node as Node).properties ?? {}))
      describeProperty(key, property, defs, within);
    for (const [key, value] of Object.entries(node)) visit(value, node === defs ? key : within);
  };
  visit(schema, "document");
  for (const [name, def] of Object.entries(defs))
    if (typeof def === "object" && def.title === undefined) def.title = name;
  return schema;
}

// A bare `$ref` takes its definition's description; a constant (the `kind` of a union's member)
// says which member it names.
function describeProperty(
  key: string,
  property: JSONSchema._JSONSchema,
  defs: Record<string, JSONSchema._JSONSchema>,
  within: string,
) {
  if (typeof property !== "object" || property.description !== undefined) return;
  const def = property.$ref === undefined ? undefined : defs[property.$ref.replace("#/$defs/", "")];
  if (typeof def === "object" && def.description !== undefined) property.description = def.description;
  else if (property.const !== undefined)
    property.description = `Always ${JSON.stringify(property.const)}: the ${key} of ${within} this is.`;
}
