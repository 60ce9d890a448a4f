import { Column, IndicatorSet } from "@cja-kit/core";
import { type InputCheck, inputIssue, kindOf, schemaCheck } from "./input-issues";

type Field = readonly [expected: string, test: (value: unknown) => boolean];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isText = (value: unknown) => typeof value === "string";
const isBoolean = (value: unknown) => typeof value === "boolean";
const between = (low: number, high: number) => (value: unknown) =>
  typeof value === "number" && Number.isFinite(value) && value >= low && value <= high;
const oneOf =
  (...values: readonly unknown[]) =>
  (value: unknown) =>
    values.includes(value);
const isSize = (value: unknown) =>
  isObject(value) && between(1, 10_000)(value.width) && between(1, 10_000)(value.height);
const isColour = (value: unknown) => typeof value === "string" && /^[0-9A-Fa-f]{6}$/.test(value);
const isColours = (value: unknown) =>
  isObject(value) &&
  Object.entries(value).every(([key, colour]) =>
    key === "rag" ? isObject(colour) && Object.values(colour).every(isColour) : isColour(colour),
  );
const isDate = (value: unknown) =>
  (value instanceof Date || typeof value === "string") && !Number.isNaN(new Date(value).getTime());
const isRegistry = (value: unknown) =>
  isObject(value) && isObject(value.frameworks) && Array.isArray(value.mappings);
const isColumns = (value: unknown) =>
  typeof value === "function" || (Array.isArray(value) && value.every((c) => Column.safeParse(c).success));

/** Each option of the renderers that has a type to keep to, with what it must be, in words. */
const FIELDS: Readonly<Record<string, Field>> = {
  paperSize: [
    '"A4", "A3", "Letter" or { width, height } in millimetres (1 to 10,000)',
    (v) => oneOf("A4", "A3", "Letter")(v) || isSize(v),
  ],
  orientation: ['"portrait" or "landscape"', oneOf("portrait", "landscape")],
  marginMm: ["a number of millimetres from 0 to 100", between(0, 100)],
  font: ["a font name", (v) => typeof v === "string" && v.trim() !== ""],
  fontSize: ["a number of points from 1 to 1,638", between(1, 1638)],
  tableFontSize: ["a number of points from 1 to 1,638", between(1, 1638)],
  colours: ['colours as six hexadecimal digits ("1F3864"), by name', isColours],
  columns: ["a list of columns, or a function choosing them", isColumns],
  title: ["text", isText],
  author: ["text", isText],
  subject: ["text", isText],
  description: ["text", isText],
  keywords: ["text", isText],
  created: ["a Date or an ISO 8601 date and time", isDate],
  header: ["true or false", isBoolean],
  footer: ["true or false", isBoolean],
  language: ["a language tag such as en-GB", isText],
  registry: ["an outcome registry ({ frameworks, mappings })", isRegistry],
  pageNumbers: ["a function or false", (v) => v === false || typeof v === "function"],
  letterhead: ["true or false", isBoolean],
  ragReasons: ["true or false", isBoolean],
  charts: ["true or false", isBoolean],
  assess: ["options of assessPlan (an object)", isObject],
  labels: ["labels as text, by name", (v) => isObject(v) && Object.values(v).every(isText)],
  framework: ["an outcome framework (an object)", isObject],
  actions: ['"red-and-amber", "all" or "none"', oneOf("red-and-amber", "all", "none")],
};

const indicatorSets = schemaCheck(IndicatorSet);

/**
 * The check of a renderer's options: an object (or nothing), each option it knows of its type
 * (`fontSize: NaN`, `paperSize: "A9"` and `created: "not a date"` are refused), and the indicator
 * sets given to an outcome improvement plan valid. Options it does not know are left alone.
 */
export const renderOptionsCheck: InputCheck = (value, path) => {
  if (value === undefined) return [];
  if (!isObject(value))
    return [inputIssue(path, `The options must be an object, but were given ${kindOf(value)}.`)];
  const issues = Object.entries(FIELDS).flatMap(([key, [expected, test]]) =>
    value[key] === undefined || test(value[key])
      ? []
      : [inputIssue([...path, key], `${key} must be ${expected}, but was given ${kindOf(value[key])}.`)],
  );
  const indicators = value.indicators;
  if (indicators === undefined) return issues;
  if (!Array.isArray(indicators))
    return [...issues, inputIssue([...path, "indicators"], "indicators must be a list of indicator sets.")];
  return [
    ...issues,
    ...indicators.flatMap((set, index) => indicatorSets(set, [...path, "indicators", index])),
  ];
};
