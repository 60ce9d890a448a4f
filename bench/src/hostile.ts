import { hostileBytes, hostileEntries, readHostile } from "../../test/hostile/read-hostile";

/** How long each file of the hostile corpus takes to read through its reader, once. */
export async function hostileTimings(): Promise<Array<{ file: string; ms: number; bytes: number }>> {
  const timings: Array<{ file: string; ms: number; bytes: number }> = [];
  for (const entry of hostileEntries) {
    const bytes = hostileBytes(entry);
    const started = performance.now();
    await readHostile(entry, bytes);
    timings.push({ file: entry.file, ms: performance.now() - started, bytes: bytes.length });
  }
  return timings;
}
