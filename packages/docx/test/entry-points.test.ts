import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { lanarkshireChiefOfficersUpdate } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { renderCommitteeReport, toBlob } from "../src/index";
import { toBuffer, writeDocx } from "../src/node";
import { tempDir } from "./support/clients";

const SRC = join(import.meta.dirname, "..", "src");

/** Every module the file imports, followed through relative imports. */
function importGraph(file: string, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file)) return seen;
  const specifiers = [
    ...readFileSync(file, "utf8").matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']/g),
  ].map((m) => m[1] ?? "");
  seen.set(file, specifiers);
  for (const spec of specifiers.filter((s) => s.startsWith(".")))
    importGraph(`${resolve(dirname(file), spec)}.ts`, seen);
  return seen;
}

describe("the browser entry (src/index.ts)", () => {
  it("imports nothing from Node and not the Node entry, however deep", () => {
    const graph = importGraph(join(SRC, "index.ts"));
    expect([...graph.keys()]).not.toContain(join(SRC, "node.ts"));
    const external = [...new Set([...graph.values()].flat().filter((s) => !s.startsWith(".")))].sort();
    expect(external).toEqual(["@cja-kit/core", "docx", "docx/charts", "fflate", "saxes"]);
  });

  it("packs a document as a Blob of the Word media type", async () => {
    const blob = await toBlob(renderCommitteeReport(lanarkshireChiefOfficersUpdate));
    expect(blob.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()).slice(0, 2))).toBe("PK");
  });
});

describe("the Node entry (src/node.ts)", () => {
  it("packs to a Buffer and writes it to a file", async () => {
    const rendered = renderCommitteeReport(lanarkshireChiefOfficersUpdate, {
      created: "2007-09-01T00:00:00Z",
    });
    const buffer = await toBuffer(rendered);
    const file = join(tempDir("write"), "report.docx");
    await writeDocx(file, rendered);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe("PK");
    expect(buffer.length).toBeGreaterThan(1000);
  });
});
