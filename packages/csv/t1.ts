import { write } from "@cja-kit/json";
import { lothianBordersActionPlan2010_11 as plan } from "@cja-kit/seed-data";
import { readPlanCsv, readPlanCsvStream } from "./src/index";
const { themes: _t, columns: _c, ...meta } = plan;
const text = write({ format: "plan", data: plan });
const flush = text.split("\n").map((l) => l.trimStart()).join("\n");
const oneLine = JSON.stringify(JSON.parse(text));
for (const [name, base] of [["flush", flush], ["oneLine", oneLine]] as const)
for (const n of [1, 2, 4, 8]) {
  const big = Array.from({ length: n }, () => base).join("\n");
  let t = performance.now();
  const r = readPlanCsv(big, { plan: meta });
  const whole = performance.now() - t;
  t = performance.now();
  async function* chunks() { for (let i = 0; i < big.length; i += 1024) yield big.slice(i, i + 1024); }
  const s = await readPlanCsvStream(chunks(), { plan: meta });
  console.log(name, big.length, whole.toFixed(0), "ms", (performance.now() - t).toFixed(0), "ms stream", r.ok, r.issues.length, s.issues.length, new Set(r.issues.map(i=>i.code)));
}
