import { hostileBytes, hostileEntries, readHostile } from "../../test/hostile/read-hostile";

/** How long each file of the hostile corpus takes to read through its reader, once. */
export async function hostileTimings(): Promise<Array<{ file: string; ms: number }>> {
  return hostileEntries.map((entry) => {
    const bytes = hostileBytes(entry);
    const started = performance.now();
    readHostile(entry, bytes);
    return { file: entry.file, ms: performance.now() - started };
  });
}
