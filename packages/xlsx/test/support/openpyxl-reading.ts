import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { python, tempDir } from "./clients";

const READ = `
import json, sys, datetime, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    cells = []
    for row in ws.iter_rows():
        for c in row:
            if c.value is None:
                continue
            v = c.value
            if isinstance(v, datetime.datetime):
                v = v.date().isoformat()
            fill = c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type == "solid" else None
            cells.append({"ref": c.coordinate, "value": v, "type": c.data_type, "format": c.number_format, "fill": fill, "bold": bool(c.font.b)})
    validations = [{"sqref": str(dv.sqref), "type": dv.type, "formula": dv.formula1} for dv in ws.data_validations.dataValidation]
    formats = []
    for rng in ws.conditional_formatting:
        for rule in rng.rules:
            fill = rule.dxf.fill.fgColor.rgb if rule.dxf is not None and rule.dxf.fill is not None else None
            formats.append({"sqref": str(rng.sqref), "operator": rule.operator, "formula": list(rule.formula), "fill": fill})
    out[ws.title] = {
        "cells": cells,
        "freeze": ws.freeze_panes,
        "filter": ws.auto_filter.ref,
        "validations": validations,
        "conditional": formats,
        "printTitles": ws.print_title_rows,
        "landscape": ws.page_setup.orientation == "landscape",
    }
print(json.dumps({"sheets": out, "names": wb.sheetnames, "title": wb.properties.title, "creator": wb.properties.creator}))
`;

/** A cell as openpyxl reads it: value (dates as ISO dates), type (`s`, `n`, `d`, `b`), number format, solid fill and boldness. */
export type OpenpyxlCell = {
  ref: string;
  value: string | number | boolean;
  type: string;
  format: string;
  fill: string | null;
  bold: boolean;
};

/** A sheet as openpyxl reads it. */
export type OpenpyxlSheet = {
  cells: OpenpyxlCell[];
  freeze: string | null;
  filter: string | null;
  validations: Array<{ sqref: string; type: string; formula: string }>;
  conditional: Array<{ sqref: string; operator: string; formula: string[]; fill: string | null }>;
  printTitles: string | null;
  landscape: boolean;
};

/** A workbook as openpyxl reads it. */
export type OpenpyxlReading = {
  sheets: Record<string, OpenpyxlSheet>;
  names: string[];
  title: string;
  creator: string;
};

/** Reads a workbook with openpyxl. */
export function readWithOpenpyxl(bytes: Uint8Array): OpenpyxlReading {
  const dir = tempDir("read");
  try {
    const file = join(dir, "in.xlsx");
    writeFileSync(file, bytes);
    return JSON.parse(python(READ, file)) as OpenpyxlReading;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
