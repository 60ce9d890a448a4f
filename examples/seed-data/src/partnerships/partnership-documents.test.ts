import { readFileSync } from "node:fs";
import {
  validateAnnualPerformanceReport,
  validateIndicatorSet,
  validatePlan,
  validateProgressReturn,
} from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { type PartnershipDocument, partnershipDocuments } from "./index";
import { deliveryPlanCompleted2024 } from "./national-delivery-plan-2023/delivery-plan";

// Keys whose values are the model's own (ids, kinds, codes, parsed dates, citations), not wording.
const NOT_WORDING = new Set([
  "id",
  "planId",
  "kind",
  "framework",
  "code",
  "refs",
  "status",
  "rule",
  "availability",
  "field",
  "year",
  "start",
  "end",
  "from",
  "to",
  "authority",
  "reportingPeriod",
  "source",
  "outcomeFramework",
  "type",
  "frameworkIndicator",
  "marker",
  "segments",
  "areaPlanPeriod",
  "value",
  "period",
  "outcome",
  "published",
  "actionNumber",
]);

function wording(value: unknown, key = ""): string[] {
  if (NOT_WORDING.has(key)) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((item) => wording(item));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => wording(v, k));
  return [];
}

// The stored texts lost some spaces at line breaks ("Action Plan2017-2018"), so wording is
// compared with all white space removed; every other character must match.
const squeeze = (text: string) => text.replace(/\s+/g, "");
const extract = (folder: string) => readFileSync(new URL(`./${folder}/extract.txt`, import.meta.url), "utf8");

function validate(document: PartnershipDocument) {
  switch (document.format) {
    case "plan":
      return validatePlan(document.data);
    case "progress-return":
      return validateProgressReturn(document.data, { plan: deliveryPlanCompleted2024 });
    case "indicator-set":
      return validateIndicatorSet(document.data);
    case "annual-performance-report":
      return validateAnnualPerformanceReport(document.data);
    default: {
      const never: never = document;
      return never;
    }
  }
}

describe.each(partnershipDocuments.map((entry) => [entry.slug, entry] as const))("%s", (_slug, entry) => {
  const text = squeeze(extract(entry.folder).split("\n---\n").slice(1).join("\n"));

  it("holds no wording its extract does not have", () => {
    const texts = entry.documents.flatMap((document) => wording(document.data));
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.filter((t) => !text.includes(squeeze(t)))).toEqual([]);
    expect(text.includes(squeeze("Published by someone else"))).toBe(false);
  });

  it("cites its source and licence", () => {
    expect(extract(entry.folder)).toMatch(/^Source: .*https:\/\//s);
    expect(extract(entry.folder)).toMatch(/Open Government Licence v3\.0|a short extract quoted for testing/);
  });

  it.each(entry.documents.map((document, index) => [`${document.format} ${index}`, document] as const))(
    "%s is valid",
    (_name, document) => {
      const checked = validate(document);
      expect(checked.issues.filter((issue) => issue.severity === "error")).toEqual([]);
      expect(checked.ok).toBe(true);
    },
  );
});
