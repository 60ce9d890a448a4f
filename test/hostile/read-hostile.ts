import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { communityJusticeAuthorities, type Issue } from "@cja-kit/core";
import { readCommitteeReportCsv, readPlanCsv, readProgressCsv } from "@cja-kit/csv";
import { read } from "@cja-kit/json";

/** A file of the hostile corpus: the reader it goes through and the issue codes it must yield. */
export type HostileEntry = {
  file: string;
  reader: "plan-csv" | "progress-csv" | "report-csv" | "json";
  expect: string[];
  options?: Record<string, number>;
};

const folder = new URL("../fixtures/hostile/", import.meta.url);

/** The corpus, as the manifest lists it. */
export const hostileEntries: HostileEntry[] = JSON.parse(
  readFileSync(new URL("manifest.json", folder), "utf8"),
);

const authority = communityJusticeAuthorities.lanarkshire;
const plan = { kind: "action-plan" as const, authority, period: { from: "2010-11", to: "2010-11" } };

/** A hostile file's bytes (gzipped ones unzipped). */
export function hostileBytes(entry: HostileEntry): Uint8Array {
  const raw = readFileSync(new URL(entry.file, folder));
  return entry.file.endsWith(".gz") ? gunzipSync(raw) : raw;
}

/** Reads a hostile file through its reader: the issues it yields. */
export function readHostile(entry: HostileEntry, bytes: Uint8Array = hostileBytes(entry)): Issue[] {
  switch (entry.reader) {
    case "plan-csv":
      return readPlanCsv(bytes, { plan, ...entry.options }).issues;
    case "progress-csv":
      return readProgressCsv(bytes, { authority, ...entry.options }).issues;
    case "report-csv":
      return readCommitteeReportCsv(bytes, { authority, ...entry.options }).issues;
    case "json":
      return read(new TextDecoder().decode(bytes), entry.options).issues;
  }
}
