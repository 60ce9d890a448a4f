import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { seedOf } from "../../test/seed-cases";
import { type DocumentFormat, documentFormats } from "../document/document-format";
import { read } from "../read/read";
import { write } from "../write/write";
import { jsonSchema } from "./json-schema";

describe("jsonSchema", () => {
  it.each([
    ["a format that is not one", "minutes"],
    ["undefined", undefined],
    ["a number", 1],
  ])("refuses %s with CjaKitError usage/invalid-argument naming the formats", (_, format) => {
    expect(() => jsonSchema(format as DocumentFormat)).toThrow(
      expect.objectContaining({
        code: "usage/invalid-argument",
        message: expect.stringContaining("plan, progress-return"),
      }),
    );
  });

  it.each(documentFormats)(
    "gives %s a draft 2020-12 schema whose $id names the format and its version",
    (format) => {
      const schema = jsonSchema(format);
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.$id).toBe(`urn:cja-kit:${format}:v1`);
      expect(schema.required).toEqual(["format", "version", "data"]);
      expect(schema.additionalProperties).toBe(false);
      expect(new Ajv2020({ strict: true }).validateSchema(schema)).toBe(true);
    },
  );

  it("puts core's named schemas in $defs, and recursive themes refer to themselves", () => {
    const schema = jsonSchema("plan");
    expect(schema).toMatchObject({
      properties: { data: { properties: { themes: { items: { $ref: "#/$defs/Theme" } } } } },
      $defs: { Theme: { properties: { themes: { type: "array", items: { $ref: "#/$defs/Theme" } } } } },
    });
    expect(Object.keys(schema.$defs ?? {})).toEqual(
      expect.arrayContaining(["Action", "Content", "Timescale", "Money"]),
    );
  });

  // Editors show a property's description on hover, and code generators name types after titles.
  it.each(documentFormats)("describes every property of %s and titles every $defs entry", (format) => {
    const schema = jsonSchema(format);
    const undescribed: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (typeof node !== "object" || node === null) return;
      const { properties } = node as { properties?: Record<string, { description?: string }> };
      for (const [key, property] of Object.entries(properties ?? {}))
        if (typeof property.description !== "string" || property.description.length === 0)
          undescribed.push(`${path}.${key}`);
      for (const [key, value] of Object.entries(node)) visit(value, `${path}/${key}`);
    };
    visit(schema, "#");
    expect(undescribed).toEqual([]);
    for (const [name, def] of Object.entries(schema.$defs ?? {}))
      expect(typeof def === "object" && def.title, name).toBe(name);
  });

  it("gives a property that refers to a named schema that schema's description", () => {
    const schema = jsonSchema("plan");
    const data = schema.properties?.data as { properties: Record<string, { description?: string }> };
    const defs = schema.$defs as Record<
      string,
      { description?: string; properties: Record<string, { description?: string }> }
    >;
    expect(data.properties.authority?.description).toBe(defs.Authority?.description);
    expect(data.properties.authority?.description).toMatch(/\w/);
    // A description of its own is kept: the property's, not the named schema's.
    expect(defs.Council?.properties.name?.description).toBe("The council's name.");
  });

  it("keeps regex patterns but not refinements: the reader still checks those", () => {
    const ajv = new Ajv2020({ strict: true });
    const validate = ajv.compile(jsonSchema("plan"));
    const plan = seedOf("plan");
    const file = (from: string) =>
      JSON.parse(write(plan).replace(`"from": "${plan.data.period.from}"`, `"from": "${from}"`));
    expect(validate(file("2010/11"))).toBe(false);
    // "2010-12" matches ^\d{4}-\d{2}$; only the refinement knows the years are not consecutive.
    expect(validate(file("2010-12"))).toBe(true);
    expect(read(JSON.stringify(file("2010-12"))).issues.map((issue) => issue.code)).toContain(
      "schema/custom",
    );
  });

  it("disallows unknown keys, which the reader only warns of", () => {
    const validate = new Ajv2020({ strict: true }).compile(jsonSchema("committee-report"));
    const file = JSON.parse(write(seedOf("committee-report")));
    file.data.subjct = "typo";
    expect(validate(file)).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({
      keyword: "additionalProperties",
      params: { additionalProperty: "subjct" },
    });
  });
});
