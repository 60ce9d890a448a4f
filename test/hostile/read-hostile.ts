import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { communityJusticeAuthorities, type Issue } from "@cja-kit/core";
import { readCommitteeReportCsv, readPlanCsv, readPlanCsvStream, readProgressCsv } from "@cja-kit/csv";
import { read } from "@cja-kit/json";

/** A file of the hostile corpus: the reader it goes through and the issue codes it must yield. */
export type HostileEntry = {
  file: string;
  reader: "plan-csv" | "plan-csv-stream" | "progress-csv" | "report-csv" | "json";
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

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** Reads a hostile file through its reader: the issues it yields (streamed files in chunks of `options.chunk` bytes). */
export async function readHostile(
  entry: HostileEntry,
  bytes: Uint8Array = hostileBytes(entry),
): Promise<Issue[]> {
  const { chunk = 65_536, ...options } = entry.options ?? {};
  switch (entry.reader) {
    case "plan-csv":
      return readPlanCsv(bytes, { plan, ...options }).issues;
    case "plan-csv-stream":
      return (await readPlanCsvStream(chunked(bytes, chunk), { plan, ...options })).issues;
    case "progress-csv":
      return readProgressCsv(bytes, { authority, ...options }).issues;
    case "report-csv":
      return readCommitteeReportCsv(bytes, { authority, ...options }).issues;
    case "json":
      return read(new TextDecoder().decode(bytes), options).issues;
  }
}
