import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { SourceRecord } from "@cja-kit/core";
import { describe, expect, it } from "vitest";
import { csvRecords } from "./csv-records";

const root = dirname(createRequire(import.meta.url).resolve("csv-spectrum/package.json"));
const names = readdirSync(join(root, "csvs")).map((file) => file.replace(/\.csv$/, ""));

function read(bytes: Uint8Array) {
  const items = csvRecords(bytes, { restoreFormulas: false });
  const records = items.filter((item): item is SourceRecord => !("issue" in item));
  const issues = items.flatMap((item) => ("issue" in item ? [item.issue] : []));
  const [header = { cells: [] as readonly string[] }, ...rows] = records;
  return {
    rows: rows.map((row) => Object.fromEntries(header.cells.map((name, i) => [name, row.cells[i] ?? ""]))),
    issues,
  };
}

describe("csv-spectrum", () => {
  it.each(names.filter((name) => name !== "location_coordinates"))(
    "reads %s as its JSON twin says",
    (name) => {
      const { rows, issues } = read(readFileSync(join(root, "csvs", `${name}.csv`)));
      expect(issues).toEqual([]);
      expect(rows).toEqual(JSON.parse(readFileSync(join(root, "json", `${name}.json`), "utf8")));
    },
  );

  it("reads location_coordinates as its CSV says (its JSON twin has another phone number)", () => {
    const { rows, issues } = read(readFileSync(join(root, "csvs", "location_coordinates.csv")));
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      {
        "Contact Phone Number": "2095257564",
        "Location Coordinates": "37\uFFFD36'37.8\"N 121\uFFFD2'17.9\"W",
        Cities: "Modesto",
        Counties: "Stanislaus",
      },
    ]);
  });
});

describe("cases csv-spectrum lacks", () => {
  const rows = (text: string | Uint8Array) =>
    read(typeof text === "string" ? new TextEncoder().encode(text) : text).rows;

  it("reads a UTF-8 BOM, semicolons and tabs", () => {
    expect(rows("\uFEFFa;b\n1;2\n")).toEqual([{ a: "1", b: "2" }]);
    expect(rows("a\tb\n1\t2\n")).toEqual([{ a: "1", b: "2" }]);
  });

  it("reads Windows-1252 bytes (0xA3 is £)", () => {
    expect(rows(Uint8Array.from([0x61, 0x0a, 0xa3, 0x35, 0x0a]))).toEqual([{ a: "£5" }]);
  });

  it("reports malformed quoting and keeps reading", () => {
    const { rows: found, issues } = read(new TextEncoder().encode('a,b\n"x"y,1\n2,3\n'));
    expect(found).toEqual([{ a: "2", b: "3" }]);
    expect(issues).toMatchObject([{ code: "csv/malformed-row", row: 2 }]);
  });

  it("reads formula-looking cells as text (neutralising is the writer's job)", () => {
    expect(rows("a\n=1+1\n")).toEqual([{ a: "=1+1" }]);
  });
});
