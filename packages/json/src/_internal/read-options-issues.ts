import type { Issue } from "@cja-kit/core";
import { documentFormats } from "../document/document-format";
import type { ReadOptions } from "../read/read";
import { argumentIssue, kindOfValue } from "./argument-issues";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const VALIDATORS = ["plan", "progressReturn", "indicatorSet", "annualReport"] as const;

function formatIssues(format: unknown): Issue[] {
  if (format === undefined || (documentFormats as readonly unknown[]).includes(format)) return [];
  const message = `options.format must be one of ${documentFormats.join(", ")}, not ${kindOfValue(format)}${typeof format === "string" ? ` "${format.slice(0, 60)}"` : ""}.`;
  return [argumentIssue(["options", "format"], message)];
}

function migrationIssues(migrations: unknown): Issue[] {
  if (migrations === undefined) return [];
  if (!Array.isArray(migrations))
    return [
      argumentIssue(
        ["options", "migrations"],
        `options.migrations must be an array of migrations, not ${kindOfValue(migrations)}.`,
      ),
    ];
  return migrations.flatMap((migration, index) =>
    isObject(migration) &&
    (documentFormats as readonly unknown[]).includes(migration.format) &&
    Number.isSafeInteger(migration.from) &&
    Number.isSafeInteger(migration.to) &&
    typeof migration.migrate === "function"
      ? []
      : [
          argumentIssue(
            ["options", "migrations", index],
            "A migration must be { format, from, to, migrate }: a document format, two whole version numbers and a function.",
          ),
        ],
  );
}

function validationIssues(validation: unknown): Issue[] {
  if (validation === undefined) return [];
  if (!isObject(validation))
    return [
      argumentIssue(
        ["options", "validation"],
        `options.validation must be an object of validator options, not ${kindOfValue(validation)}.`,
      ),
    ];
  return VALIDATORS.filter((key) => validation[key] !== undefined && !isObject(validation[key])).map((key) =>
    argumentIssue(
      ["options", "validation", key],
      `options.validation.${key} must be an object of options, not ${kindOfValue(validation[key])}.`,
    ),
  );
}

/**
 * What is wrong with `read`'s options, as `usage/invalid-argument` issues: not an object, a format
 * that is not one, migrations or validator options of the wrong shape. The limits are not here:
 * a limit that is not a number from 0 means the default, as documented.
 */
export function readOptionsIssues(options: ReadOptions | undefined): Issue[] {
  if (options === undefined) return [];
  if (!isObject(options))
    return [argumentIssue(["options"], `read expects options as an object, not ${kindOfValue(options)}.`)];
  return [
    ...formatIssues(options.format),
    ...migrationIssues(options.migrations),
    ...validationIssues(options.validation),
  ];
}
