import { runInNewContext } from "node:vm";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/**
 * Each package bundled as a browser bundler would (the "browser" platform, so the "node" condition
 * is off) and run where Node's globals are absent: no Buffer, process or require.
 */
async function runInBrowser(script: string): Promise<{ out: unknown; inputs: string[] }> {
  const bundled = await build({
    stdin: { contents: script, resolveDir: process.cwd(), loader: "ts" },
    bundle: true,
    platform: "browser",
    format: "iife",
    globalName: "result",
    conditions: ["@cja-kit/source"],
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.keys(bundled.metafile.inputs);
  expect(
    inputs.filter((input) => input.startsWith("node:") || /\/(lib|dist\/cjs)\/sync/.test(input)),
  ).toEqual([]);
  const code = bundled.outputFiles[0]?.text ?? "";
  const context: Record<string, unknown> = { TextEncoder, TextDecoder, Blob, console, URL };
  runInNewContext(`${code}\nthis.out = result.default;`, context, { timeout: 30_000 });
  expect(context.Buffer).toBeUndefined();
  return { out: await (context.out as Promise<unknown>), inputs };
}

describe("in a browser", () => {
  it("@cja-kit/csv writes and reads a seed plan, writing with csv-stringify's browser build", async () => {
    const { out, inputs } = await runInBrowser(`
      import { lothianBordersActionPlan2010_11 as plan } from "@cja-kit/seed-data";
      import { readPlanCsv, writePlanCsv } from "@cja-kit/csv";
      const { themes, ...meta } = plan;
      const { csv } = writePlanCsv(plan);
      const read = readPlanCsv(csv, { plan: meta });
      const same = read.ok && writePlanCsv(read.value.plan).csv === csv;
      export default Promise.resolve({ ok: read.ok, same, starts: csv.slice(1, 40) });
    `);
    expect(out).toEqual({ ok: true, same: true, starts: expect.stringMatching(/^Theme 1 number/) });
    expect(inputs.filter((input) => /csv-stringify\/dist\/esm\/sync\.js$/.test(input))).toHaveLength(1);
    expect(inputs.filter((input) => input.includes("csv-parse"))).toEqual([]);
  }, 60_000);

  it("@cja-kit/json writes and reads a seed plan", async () => {
    const { out } = await runInBrowser(`
      import { lothianBordersActionPlan2010_11 as plan } from "@cja-kit/seed-data";
      import { read, write } from "@cja-kit/json";
      const back = read(write({ format: "plan", data: plan }), { format: "plan" });
      export default Promise.resolve(back.ok && back.value.data.title === plan.title);
    `);
    expect(out).toBe(true);
  }, 60_000);

  it("@cja-kit/docx renders a seed plan to a Blob", async () => {
    const { out } = await runInBrowser(`
      import { lothianBordersActionPlan2010_11 as plan } from "@cja-kit/seed-data";
      import { renderActionPlan, toBlob } from "@cja-kit/docx";
      export default toBlob(renderActionPlan(plan)).then((blob) => ({ type: blob.type, large: blob.size > 10_000 }));
    `);
    expect(out).toEqual({ type: expect.stringContaining("wordprocessingml"), large: true });
  }, 60_000);

  it("@cja-kit/xlsx writes a seed plan as a workbook and reads its cells back with fflate's, saxes' and numfmt's browser builds", async () => {
    const { out, inputs } = await runInBrowser(`
      import { lothianBordersActionPlan2010_11 as plan, lothianBordersProgressYear2 as progress } from "@cja-kit/seed-data";
      import { sheetRecords, writeWorkbook, XLSX_MEDIA_TYPE } from "@cja-kit/xlsx";
      const { bytes, issues } = writeWorkbook({ plan, progress });
      const items = sheetRecords(bytes, { sheet: "Plan" });
      const rows = items.filter((item) => !("issue" in item));
      const blob = new Blob([bytes], { type: XLSX_MEDIA_TYPE });
      export default Promise.resolve({ issues: issues.length, rows: rows.length, header: rows[0].cells[4], type: blob.type });
    `);
    expect(out).toEqual({
      issues: 0,
      rows: 51,
      header: "Number", // core's canonical layout: theme columns first
      type: expect.stringContaining("spreadsheetml"),
    });
    expect(inputs.some((input) => /fflate\/esm\/browser\.js$/.test(input))).toBe(true);
  }, 60_000);
});
