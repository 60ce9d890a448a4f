import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { write } from "@cja-kit/json";
import { lothianBordersActionPlan2010_11 } from "@cja-kit/seed-data";

// Writes the hostile corpus into test/fixtures/hostile with its manifest: each file with the
// reader it goes through and the issue codes it must yield. Run with `pnpm tsx test/hostile/make-fixtures.ts`.

type Reader = "plan-csv" | "plan-csv-stream" | "progress-csv" | "report-csv" | "json";
type Entry = { file: string; reader: Reader; expect: string[]; options?: Record<string, number> };

const folder = new URL("../fixtures/hostile/", import.meta.url);
const manifest: Entry[] = [];
const bytes = (text: string) => new TextEncoder().encode(text);
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
const utf16 = (text: string, bigEndian: boolean) => {
  const out = new Uint8Array(text.length * 2);
  [...text].forEach((c, i) => {
    const code = c.charCodeAt(0);
    out[i * 2 + (bigEndian ? 1 : 0)] = code & 0xff;
    out[i * 2 + (bigEndian ? 0 : 1)] = code >> 8;
  });
  return out;
};

function add(
  file: string,
  data: string | Uint8Array,
  expect: string[],
  reader: Reader,
  options?: Record<string, number>,
): void {
  const raw = typeof data === "string" ? bytes(data) : data;
  writeFileSync(new URL(file, folder), file.endsWith(".gz") ? gzipSync(raw, { level: 9 }) : raw);
  manifest.push({ file, reader, expect, ...(options === undefined ? {} : { options }) });
}

const H = "Number,Title,Timescale,Resources,Outcome refs\n";
const plan = (file: string, data: string | Uint8Array, expect: string[]) =>
  add(file, data, expect, "plan-csv");
plan("unterminated-quote.csv", `${H}1,"Never closed,July 2008,,\n2,Fine,July 2008,,\n`, [
  "csv/malformed-row",
]);
plan("text-after-closing-quote.csv", `${H}1,"Quoted"then text,July 2008,,\n2,Fine,July 2008,,\n`, [
  "csv/malformed-row",
]);
plan("ragged-rows.csv", `${H}1,Too short\n2,Too,many,cells,here,and,more\n`, ["table/ragged-row"]);
plan("empty.csv", "", ["table/no-heading-row"]);
plan("only-blank-lines.csv", "\n\n\r\n\n", ["table/no-heading-row"]);
plan("header-only.csv", H, ["table/no-rows"]);
plan("utf16le-bom.csv", Uint8Array.from([0xff, 0xfe, ...utf16(`${H}1,Title,July 2008,,\n`, false)]), [
  "csv/encoding-utf-16",
]);
plan("utf16be-bom.csv", Uint8Array.from([0xfe, 0xff, ...utf16(`${H}1,Title,July 2008,,\n`, true)]), [
  "csv/encoding-utf-16",
]);
plan(
  "utf8-bom-then-windows-1252.csv",
  Uint8Array.from([0xef, 0xbb, 0xbf, ...latin1(`${H}1,Costs,July 2008,\xa330k,\n`)]),
  ["csv/encoding-mixed"],
);
plan("windows-1252.csv", latin1(`${H}1,Women\x92s services,July 2008,"\xa315,000",\n`), [
  "csv/encoding-windows-1252",
]);
plan("nul-bytes.csv", `${H}1,Title\u0000with NUL,July 2008,,\n`, ["table/control-character"]);
plan(
  "formula-cells.csv",
  `${H}1,"=HYPERLINK(""http://evil"")",July 2008,,\n2,@SUM(A1),July 2008,,\n3,+44 1721,July 2008,,\n4,"\nleading line feed",July 2008,,\n`,
  ["table/formula-like"],
);
plan("impossible-date.csv", `${H}1,Title,31/02/2010,,\n`, ["timescale/invalid-date"]);
plan("unknown-outcome-codes.csv", `${H}1,Title,July 2008,,(A9; D1-D3)\n`, ["outcome-ref/unknown-code"]);
plan("reversed-range.csv", `${H}1,Title,July 2008,,(B5-B1)\n`, ["outcome-ref/reversed-range"]);
plan("duplicate-numbers.csv", `${H}2.4.1,First,July 2008,,\n2.4.1.,Again,July 2008,,\n`, [
  "plan/duplicate-action-number",
]);
plan(
  "parts-not-summing.csv",
  `${H}3.1.4,Network,2008-11,"Total 2 year project funding £102,000: The Robertson Trust: £30,000 SPS £30,000 Scottish Government: £12,000 VOs £20,000",\n`,
  ["money/parts-do-not-sum"],
);
plan("duplicate-columns.csv", "Number,Lead,Lead Officer\n1,Chief Officer,SPS\n", ["table/same-field"]);
plan("empty-header-cell.csv", "Number,,Title\n1,stray,Title\n", ["table/blank-heading"]);
plan("continuation-first.csv", `${H}3.1.1 cont./,more text,,,\n`, ["plan/orphan-row"]);
plan("blank-number-first.csv", `${H},Orphan,July 2008,,\n`, ["plan/numbers-assigned"]);
plan("further-row-first.csv", `${H},,July 2008,,\n`, ["plan/orphan-row"]);
plan("mixed-delimiters.csv", "Number;Title;Timescale\n1,Title,July 2008\n", ["table/ragged-row"]);
plan("progress-columns-without-return.csv", "Number,Title,Progress\n1,Title,On target\n", [
  "table/progress-without-return",
]);
plan(
  "hundred-thousand-columns.csv.gz",
  `${Array.from({ length: 100_000 }, (_, i) => `C${i}`).join(",")}\n${Array.from({ length: 100_000 }, () => "x").join(",")}\n`,
  ["table/too-many-columns"],
);
plan("five-megabyte-cell.csv.gz", `Number,Title\n1,${"x".repeat(5_000_000)}\n2,Fine\n`, [
  "table/cell-too-large",
]);

// Issue 15's finding: a plan's JSON given to the CSV reader (text full of quoted fields, each
// followed by more text) took minutes with csv-parse. Read in one pass: a malformed row per line.
const planJson = write({ format: "plan", data: lothianBordersActionPlan2010_11 });
plan("plan-json.csv.gz", planJson, ["table/no-known-headings"]);
// Its first 300 lines flush left (every line opens a quote), repeated to a megabyte: repeats
// closer than gzip's 32 KiB window keep the fixture small.
const flushLeft = planJson
  .split("\n")
  .slice(0, 300)
  .map((line) => line.trimStart())
  .join("\n");
plan(
  "plan-json-one-megabyte.csv.gz",
  Array.from({ length: Math.ceil(1_048_576 / flushLeft.length) }, () => flushLeft).join("\n"),
  ["csv/malformed-row", "table/no-known-headings"],
);

// Issue 9, inputs 21-23: files of a few tens of kilobytes that took minutes, and streams that re-read their buffer.
const rows = (count: number, row: (n: number) => string) =>
  Array.from({ length: count }, (_, i) => row(i + 1)).join("\n");
plan("malformed-rows-repeated.csv", `${H}${rows(2000, (n) => `1.${n},"Title ${n}"x,2010-11,,`)}\n`, [
  "csv/malformed-row",
]);
plan("unclosed-quotes-repeated.csv", `${H}${rows(2000, (n) => `1.${n},"Title ${n},2010-11,,`)}\n`, [
  "csv/malformed-row",
]);
plan(
  "inch-marks.csv",
  `Number,Title,Timescale,Size\n${rows(2000, (n) => `1.${n},Shelving,2010-11,5'11" wide`)}\n`,
  ["table/unknown-heading"],
);
plan(
  "twenty-thousand-cells.csv",
  `Number,Title\n1,${Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(",")}\n`,
  ["table/too-many-columns"],
);
const stream = (file: string, data: string, expect: string[]) =>
  add(file, data, expect, "plan-csv-stream", { chunk: 65_536 });
stream("twenty-megabyte-cell-streamed.csv.gz", `Number,Title\n1,${"x".repeat(20_000_000)}\n2,Fine\n`, [
  "table/cell-too-large",
]);
stream(
  "cr-only-ten-megabytes-streamed.csv.gz",
  `Number,Title,Notes\r${rows(5000, (n) => `${n},Action ${n},${"note ".repeat(400)}`).replace(/\n/g, "\r")}\r`,
  ["table/unknown-heading"],
);
stream(
  "open-quote-streamed.csv.gz",
  `Number,Title\n1,"${rows(100_000, (n) => `line ${n} of a cell never closed`)}\n`,
  ["csv/malformed-row"],
);

const progress = (file: string, data: string, expect: string[]) => add(file, data, expect, "progress-csv");
progress("progress-bad-percentage.csv", "Period,Action,Progress,% complete\n2010-11 Q2,1,On target,lots\n", [
  "table/bad-percentage",
]);
progress("progress-bad-period.csv", "Period,Action,Progress\nQuarter five,1,On target\n", [
  "table/bad-period",
]);
progress("progress-no-action-column.csv", "Period,Progress\n2010-11 Q2,On target\n", [
  "table/missing-column",
]);
progress(
  "progress-unknown-status.csv",
  "Period,Action,Progress,Status\n2010-11 Q2,1,On target,See the minutes\n",
  ["table/unknown-status"],
);
progress("progress-bad-row-number.csv", "Period,Action,Row,Progress\n2010-11 Q2,1,first,On target\n", [
  "table/bad-row-number",
]);
progress(
  "progress-duplicate-entries.csv",
  "Period,Action,Row,Progress\n2010-11 Q2,1,1,On target\n2010-11 Q2,1.,1,Complete\n",
  ["progress/duplicate-entry"],
);
add(
  "report-unknown-role.csv",
  "Field,Section number,Section title,Role,Paragraph number,Text\n,1,Purpose,gossip,1.1,Nil\n",
  ["table/unknown-role"],
  "report-csv",
);

const authority = { name: "Lanarkshire Community Justice Authority", kind: "cja", councils: [] };
const base = {
  kind: "action-plan",
  authority,
  period: { from: "2010-11", to: "2010-11" },
  columns: [{ field: "number", label: "Number" }],
  themes: [] as unknown[],
};
const doc = (data: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ $schema: "x", format: "cja-kit/plan", version: 1, data, ...extra });
const withActions = (actions: unknown[]) => ({ ...base, themes: [{ actions }] });
const json = (file: string, data: string, expect: string[], options?: Record<string, number>) =>
  add(file, data, expect, "json", options);
json("proto-key.json", doc(base).replace('"themes":[]', '"themes":[],"__proto__":{"polluted":true}'), [
  "json/forbidden-key",
]);
json(
  "constructor-key.json",
  doc(base).replace(
    '"kind":"action-plan"',
    '"constructor":{"prototype":{"isAdmin":true}},"kind":"action-plan"',
  ),
  ["json/forbidden-key"],
);
json("escaped-proto-key.json", doc(base).replace('"themes":[]', '"themes":[],"\\u005f_proto__":{}'), [
  "json/forbidden-key",
]);
json(
  "deep-nesting.json",
  `{"format":"cja-kit/plan","version":1,"data":${"[".repeat(10_000)}${"]".repeat(10_000)}}`,
  ["json/too-deep"],
);
json("five-megabyte-string.json.gz", doc({ ...base, title: "x".repeat(5_000_000) }), [
  "json/string-too-long",
]);
json("wrong-types.json", doc({ ...base, kind: 7, period: "2010-11", themes: {} }), ["schema/invalid_type"]);
json(
  "impossible-date.json",
  doc(
    withActions([
      {
        number: "1",
        rows: [
          {
            timescale: {
              raw: "31/02/2010",
              segments: [
                {
                  text: "31/02/2010",
                  when: { kind: "date", span: { start: "2010-02-31", end: "2010-02-31", precision: "day" } },
                },
              ],
            },
          },
        ],
      },
    ]),
  ),
  ["schema/custom"],
);
json("truncated.json", doc(base).slice(0, 80), ["json/syntax-error"]);
json("comments.json", `// a plan\n${doc(base)}`, ["json/syntax-error"]);
json("trailing-comma.json", doc(base).replace('"themes":[]', '"themes":[],'), ["json/syntax-error"]);
json("empty.json", "", ["json/syntax-error"]);
json("not-an-object.json", "[1, 2, 3]", ["json/not-a-document"]);
json("unknown-format.json", doc(base).replace('"cja-kit/plan"', '"cja-kit/plna"'), ["json/unknown-format"]);
json("future-version.json", doc(base).replace('"version":1', '"version":3'), ["json/unsupported-version"]);
json(
  "duplicate-keys.json",
  doc(base).replace('"kind":"action-plan"', '"kind":"area-plan","kind":"action-plan"'),
  ["json/duplicate-key"],
);
json("unknown-key.json", doc(base).replace('"themes":[]', '"themes":[],"titel":"Plan"'), [
  "json/unknown-key",
]);
json(
  "duplicate-action-numbers.json",
  doc(
    withActions([
      { number: "2.4.1", rows: [{}] },
      { number: "2.4.1.", rows: [{}] },
    ]),
  ),
  ["plan/duplicate-action-number"],
);
json(
  "parts-not-summing.json",
  doc(
    withActions([
      {
        number: "3.1.4",
        rows: [
          {
            resources: {
              raw: "Total £100: A £60 B £60",
              total: { text: "£100", pence: 10_000, label: "Total" },
              amounts: [
                { text: "£60", pence: 6_000, label: "A" },
                { text: "£60", pence: 6_000, label: "B" },
              ],
              bases: [],
            },
          },
        ],
      },
    ]),
  ),
  ["money/parts-do-not-sum"],
);
json(
  "unknown-outcome-code.json",
  doc(
    withActions([
      {
        number: "1",
        outcomeRefs: { raw: "(A9)", refs: [{ framework: "nab-2008", code: "A9" }] },
        rows: [{}],
      },
    ]),
  ),
  ["outcome-ref/unknown-code"],
);
json("too-large.json", doc({ ...base, title: "y".repeat(5000) }), ["json/too-large"], { maxBytes: 4096 });
json("nan-value.json", doc(base).replace('"version":1', '"version":NaN'), ["json/syntax-error"]);

writeFileSync(new URL("manifest.json", folder), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${manifest.length} hostile files`);
