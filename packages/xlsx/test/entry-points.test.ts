import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { lanarkshireImplementationPlan2008_09 } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { sheetRecords, writeWorkbook, XLSX_MEDIA_TYPE } from "../src/index";
import { writeWorkbookFile } from "../src/node";
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
    expect(external).toEqual(["@cja-kit/core", "fflate", "numfmt", "saxes"]);
  });

  it("writes a workbook a Blob can carry, with the .xlsx media type", async () => {
    const { bytes } = writeWorkbook({ plan: lanarkshireImplementationPlan2008_09 });
    const blob = new Blob([bytes], { type: XLSX_MEDIA_TYPE });
    expect(blob.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()).slice(0, 2))).toBe("PK");
  });
});

describe("the Node entry (src/node.ts)", () => {
  it("writes a workbook to a file that reads back", async () => {
    const file = join(tempDir("write"), "plan.xlsx");
    expect(await writeWorkbookFile(file, { plan: lanarkshireImplementationPlan2008_09 })).toEqual([]);
    const items = sheetRecords(readFileSync(file));
    expect(items.some((item) => !("issue" in item) && item.cells.includes("Number"))).toBe(true);
  });

  it("answers a wrong-typed path or contents with CjaKitError usage/invalid-argument, writing nothing", async () => {
    const folder = tempDir("wrong");
    const plan = lanarkshireImplementationPlan2008_09;
    for (const call of [
      () => writeWorkbookFile(42 as unknown as string, { plan }),
      () => writeWorkbookFile("", { plan }),
      () => writeWorkbookFile(join(folder, "x.xlsx"), null as unknown as { plan: typeof plan }),
      () => writeWorkbookFile(join(folder, "y.xlsx"), { plan: { id: 3 } as unknown as typeof plan }),
    ])
      await expect(call()).rejects.toMatchObject({ name: "CjaKitError", code: "usage/invalid-argument" });
    expect(readdirSync(folder)).toEqual([]);
  });
});
