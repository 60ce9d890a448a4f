import { writePlanCsv } from "@cja-kit/csv";
import { generatePlan } from "./generate";

// CSV files of a given size for the growth figures: clean (a generated plan's canonical CSV), one
// row in ten malformed (text after a closing quote), and long cells (a 10,000-character note a row).

/** The kinds of file whose time per MB is measured. */
export type CsvKind = "clean" | "bad rows" | "long cells";

const encoder = new TextEncoder();

/** A clean plan CSV of about `bytes` bytes: a generated plan's canonical layout, actions added until it is big enough. */
function clean(bytes: number): string {
  const sample = writePlanCsv(generatePlan(100)).csv.length / 100;
  return writePlanCsv(generatePlan(Math.max(1, Math.round(bytes / sample)))).csv;
}

/** The clean file with a malformed line after every nine records: one row in ten is bad. */
function badRows(bytes: number): string {
  const lines = clean(Math.round(bytes * 0.93)).split("\r\n");
  const header = lines[0] ?? "";
  const bad = (n: number) => `9${n}.1,"Key measure ${n}"x,,,,,,,,,,,,,,,,,,,`;
  let records = 0;
  const out = [header];
  for (const line of lines.slice(1)) {
    out.push(line);
    // A line starting a record: canonical rows start with a theme number ("2,…").
    if (/^\d+,/.test(line) && ++records % 9 === 0) out.push(bad(records));
  }
  return out.join("\r\n");
}

/** Rows of a 10,000-character note under an unknown heading, numbered. */
function longCells(bytes: number): string {
  const note = "Group reporting quarterly as on target. ".repeat(250);
  const rows = Math.max(1, Math.round(bytes / (note.length + 20)));
  return [
    "Number,Title,Notes",
    ...Array.from({ length: rows }, (_, i) => `${i + 1},Action ${i + 1},${note}`),
  ].join("\r\n");
}

/** A file of one kind, about `bytes` bytes, as UTF-8. */
export function csvFile(kind: CsvKind, bytes: number): Uint8Array {
  const text = kind === "clean" ? clean(bytes) : kind === "bad rows" ? badRows(bytes) : longCells(bytes);
  return encoder.encode(text);
}

/** Chunks of `total` bytes of long-cell rows, 64 KiB each, made as they are read (the file never exists whole). */
export async function* longCellStream(total: number): AsyncGenerator<Uint8Array> {
  const note = "Group reporting quarterly as on target. ".repeat(250);
  yield encoder.encode("Number,Title,Notes\r\n");
  let sent = 0;
  let row = 0;
  let pending = "";
  while (sent < total) {
    while (pending.length < 65_536) pending += `${++row},Action ${row},${note}\r\n`;
    const chunk = encoder.encode(pending.slice(0, 65_536));
    pending = pending.slice(65_536);
    sent += chunk.length;
    yield chunk;
  }
  if (pending.length > 0) yield encoder.encode(pending);
}
