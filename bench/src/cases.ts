import { cellContent, contentText, Plan, type ProgressReturn, planTable, validatePlan } from "@cja-kit/core";
import { readPlanCsv, readProgressCsv, writePlanCsv, writeProgressCsv } from "@cja-kit/csv";
import { renderActionPlan } from "@cja-kit/docx";
import { toBuffer } from "@cja-kit/docx/node";
import { read, write } from "@cja-kit/json";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";

/** One operation measured at one size, with the bare library doing the same work where there is one. */
export type Case = {
  operation: string;
  size: number;
  ours: () => unknown;
  bare?: () => unknown;
  bareName?: string;
};

const created = "2026-11-22T00:00:00Z";

function metaOf(plan: Plan) {
  const { themes: _themes, columns: _columns, ...meta } = plan;
  return meta;
}

function returnMeta(progress: ProgressReturn) {
  const { entries: _entries, ...meta } = progress;
  return meta;
}

/** The bare docx library's table of the same cells: one plain paragraph per line, no styles or widths. */
export function bareTable(plan: Plan, progress: ProgressReturn): () => Promise<Buffer> {
  const rows = planTable(plan, progress).map((row) =>
    plan.columns.map((column) => contentText(cellContent(column, row))),
  );
  return () =>
    Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Table({
                rows: rows.map(
                  (cells) =>
                    new TableRow({
                      children: cells.map(
                        (text) =>
                          new TableCell({ children: text.split("\n").map((line) => new Paragraph(line)) }),
                      ),
                    }),
                ),
              }),
            ],
          },
        ],
      }),
    );
}

/** The cases for a plan of one size. */
export function casesFor(plan: Plan, progress: ProgressReturn, size: number, withDocx: boolean): Case[] {
  const { csv } = writePlanCsv(plan, { progress });
  const records = parse(csv, { bom: true }) as string[][];
  const json = write({ format: "plan", data: plan });
  return [
    {
      operation: "validate a plan",
      size,
      ours: () => validatePlan(plan),
      bare: () => Plan.safeParse(plan),
      bareName: "Plan.safeParse",
    },
    {
      operation: "CSV export",
      size,
      ours: () => writePlanCsv(plan, { progress }),
      bare: () => stringify(records, { bom: true, record_delimiter: "windows" }),
      bareName: "csv-stringify",
    },
    {
      operation: "CSV import",
      size,
      ours: () => readPlanCsv(csv, { plan: metaOf(plan), progress: returnMeta(progress) }),
      bare: () => parse(csv, { bom: true }),
      bareName: "csv-parse",
    },
    {
      operation: "JSON write",
      size,
      ours: () => write({ format: "plan", data: plan }),
      bare: () => JSON.stringify({ format: "cja-kit/plan", version: 1, data: plan }, null, 2),
      bareName: "JSON.stringify",
    },
    {
      operation: "JSON read",
      size,
      ours: () => read(json, { maxBytes: Number.POSITIVE_INFINITY }),
      bare: () => Plan.safeParse((JSON.parse(json) as { data: unknown }).data),
      bareName: "JSON.parse + Plan.safeParse",
    },
    ...(withDocx
      ? [
          {
            operation: "docx render",
            size,
            ours: () => toBuffer(renderActionPlan(plan, progress, { created })),
            bare: bareTable(plan, progress),
            bareName: "bare docx table",
          },
        ]
      : []),
  ];
}

/** A progress CSV of one row per entry, read in full. */
export function progressCase(progress: ProgressReturn): Case {
  const csv = writeProgressCsv(progress).csv;
  return {
    operation: "progress CSV import",
    size: progress.entries.length,
    ours: () => readProgressCsv(csv, { authority: progress.authority }),
    bare: () => parse(csv, { bom: true }),
    bareName: "csv-parse",
  };
}
