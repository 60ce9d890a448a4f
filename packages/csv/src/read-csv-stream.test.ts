import { communityJusticeAuthorities, type Plan } from "@cja-kit/core";
import { lothianBordersActionPlan2010_11, lothianBordersProgressYear2 } from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { readPlanCsv } from "./read-plan-csv";
import { readPlanCsvStream } from "./read-plan-csv-stream";
import { readProgressCsv } from "./read-progress-csv";
import { readProgressCsvStream } from "./read-progress-csv-stream";
import { writePlanCsv } from "./write-plan-csv";
import { writeProgressCsv } from "./write-progress-csv";

async function* chunks(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  let k = 0;
  while (at < bytes.length) {
    const size = sizes[k++ % sizes.length] ?? 1;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

const { themes: _themes, columns: _columns, ...meta } = lothianBordersActionPlan2010_11;
const { entries: _entries, ...returnMeta } = lothianBordersProgressYear2;

describe("reading incrementally", () => {
  const { csv } = writePlanCsv(lothianBordersActionPlan2010_11, { progress: lothianBordersProgressYear2 });
  const bytes = new TextEncoder().encode(csv);

  it("gives what reading the whole text gives, whatever the chunk boundaries", async () => {
    const whole = readPlanCsv(csv, { plan: meta, progress: returnMeta });
    // Odd sizes split multi-byte characters (£, ’, –), CRLF pairs and quoted cells across chunks.
    for (const sizes of [[1], [7, 3, 11], [4096], [bytes.length]]) {
      expect(await readPlanCsvStream(chunks(bytes, sizes), { plan: meta, progress: returnMeta })).toEqual(
        whole,
      );
    }
  });

  it("takes text chunks too", async () => {
    async function* text() {
      for (let i = 0; i < csv.length; i += 1000) yield csv.slice(i, i + 1000);
    }
    const read = await readPlanCsvStream(text(), { plan: meta, progress: returnMeta });
    expect(read.ok && read.value.plan.themes).toEqual(lothianBordersActionPlan2010_11.themes);
  });

  it("detects Windows-1252 from the first chunk", async () => {
    const bytes1252 = Uint8Array.from(
      [..."Number,Resources\n1,£5\n"].map((c) => (c === "£" ? 0xa3 : c.charCodeAt(0))),
    );
    const read = await readPlanCsvStream(chunks(bytes1252, [3]), { plan: meta });
    expect(read.ok && read.value.plan.themes[0]?.actions?.[0]?.rows[0]?.resources?.raw).toBe("£5");
  });
});

describe("a 10,000-row file", () => {
  const actions = Array.from({ length: 10_000 }, (_, i) => ({
    number: `${Math.floor(i / 100) + 1}.${(i % 100) + 1}`,
    title: [
      {
        kind: "paragraph" as const,
        text: `Action ${i + 1}: Monitor all partner agencies compliance with this plan.`,
      },
    ],
    rows: [
      {
        timescale: { raw: "September 2008 & 1/4ly thereafter", segments: [] },
        lead: [{ kind: "paragraph" as const, text: "LCJA" }],
      },
    ],
  }));
  const plan: Plan = {
    kind: "implementation-plan",
    authority: communityJusticeAuthorities.lanarkshire,
    period: { from: "2008-09", to: "2008-09" },
    columns: [{ field: "number", label: "Action Number" }],
    themes: [{ title: "Generated", actions }],
  };
  const { themes: _t, columns: _c, ...planMeta } = plan;
  const { csv } = writePlanCsv(plan);

  it("imports, whole or in chunks", async () => {
    const read = readPlanCsv(csv, { plan: planMeta });
    expect(read.ok && read.value.plan.themes[0]?.actions?.length).toBe(10_000);
    const streamed = await readPlanCsvStream(chunks(new TextEncoder().encode(csv), [65_536]), {
      plan: planMeta,
    });
    expect(streamed.ok && streamed.value.plan.themes[0]?.actions?.[9_999]?.number).toBe("100.100");
  });

  it("reads 10,000 progress rows in chunks", async () => {
    const progress = {
      authority: plan.authority,
      period: { kind: "quarter" as const, year: "2008-09", quarter: 2 as const },
      entries: actions.map((action) => ({
        action: action.number,
        progress: [{ kind: "paragraph" as const, text: "On target" }],
        status: { raw: "On target", status: "on-track" as const, rule: "on-track" },
      })),
    };
    const text = writeProgressCsv(progress).csv;
    const streamed = await readProgressCsvStream(chunks(new TextEncoder().encode(text), [8_192]), {
      authority: plan.authority,
    });
    expect(streamed).toEqual(readProgressCsv(text, { authority: plan.authority }));
    expect(streamed.ok && streamed.value[0]?.entries.length).toBe(10_000);
  });
});
