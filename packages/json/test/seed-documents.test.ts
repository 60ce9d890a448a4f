import {
  type Checked,
  validateAnnualPerformanceReport,
  validateAnnualReturn,
  validateCommitteeReport,
  validateIndicatorSet,
  validatePlan,
  validateProgressReturn,
} from "@cja-kit/core";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { type CjaDocument, documentFormats, jsonSchema, read, write } from "../src/index";
import { seedCases } from "./seed-cases";

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validators = new Map(documentFormats.map((format) => [format, ajv.compile(jsonSchema(format))]));

/** Core's validator for the document, run directly on the typed data. */
function coreCheck(document: CjaDocument): Checked<unknown> {
  switch (document.format) {
    case "plan":
      return validatePlan(document.data);
    case "progress-return":
      return validateProgressReturn(document.data);
    case "indicator-set":
      return validateIndicatorSet(document.data);
    case "committee-report":
      return validateCommitteeReport(document.data);
    case "annual-performance-report":
      return validateAnnualPerformanceReport(document.data);
    case "annual-return":
      return validateAnnualReturn(document.data);
  }
}

describe.each(seedCases.map(({ name, document }) => [name, document] as const))("%s", (_name, document) => {
  const text = write(document);

  it("validates against its shipped JSON Schema with ajv", () => {
    const validate = validators.get(document.format);
    expect(validate?.(JSON.parse(text))).toBe(true);
    expect(validate?.errors ?? []).toEqual([]);
  });

  it("reads back equal, and writes back the same bytes", () => {
    const checked = read(text, { format: document.format });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value).toEqual(document);
    expect(write(checked.value)).toBe(text);
  });

  it("reports exactly core's issues, under data", () => {
    const expected = coreCheck(document).issues.map(({ code, severity, path, actionNumber }) => ({
      code,
      severity,
      path: ["data", ...path],
      ...(actionNumber === undefined ? {} : { actionNumber }),
    }));
    const found = read(text).issues.map(({ code, severity, path, actionNumber }) => ({
      code,
      severity,
      path,
      ...(actionNumber === undefined ? {} : { actionNumber }),
    }));
    expect(found).toEqual(expected);
  });
});

describe("the written file", () => {
  const seed004 = seedCases.find(({ name }) => name.startsWith("004"))?.document;

  it("stays as committed for seed 004 (a golden file)", async () => {
    expect(seed004).toBeDefined();
    if (seed004 === undefined) return;
    await expect(write(seed004)).toMatchFileSnapshot(
      "fixtures/004-lanarkshire-chief-officers-update-2007.json",
    );
  });
});
