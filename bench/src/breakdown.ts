import {
  type Content,
  checkPlan,
  checkProgressReturn,
  formatContent,
  type Plan,
  type ProgressReturn,
  parseContent,
  parseMoney,
  parseOutcomeRefs,
  parseTimescale,
  planActions,
} from "@cja-kit/core";
import { writePlanCsv } from "@cja-kit/csv";
import { parse } from "csv-parse/sync";
import JSZip from "jszip";
import { median } from "./measure";

/** One part of an operation's time, measured alone on the same data. */
export type Part = { part: string; ms: number };

/**
 * Where a CSV import's time goes, each part measured alone with public functions: csv-parse with
 * the line numbers issues need, core's parsers over the same wording the reader reads, and the
 * checks run on what was read.
 */
export async function csvImportParts(plan: Plan, progress: ProgressReturn): Promise<Part[]> {
  const { csv } = writePlanCsv(plan, { progress });
  const contents: string[] = [];
  const timescales: string[] = [];
  const money: string[] = [];
  const refs: string[] = [];
  const text = (content: Content | undefined) => {
    if (content !== undefined) contents.push(formatContent(content));
  };
  for (const { action } of planActions(plan)) {
    if (action.outcomeRefs !== undefined) refs.push(action.outcomeRefs.raw);
    text(action.title);
    for (const row of action.rows) {
      if (row.timescale !== undefined) timescales.push(row.timescale.raw);
      if (row.resources !== undefined) money.push(row.resources.raw);
      text(row.detail);
      text(row.lead);
      text(row.partners);
    }
  }
  for (const entry of progress.entries) text(entry.progress);
  const options = {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  };
  return [
    {
      part: "splitting the text into cells, as csv-parse does it (the reader's own one-pass tokeniser does this work)",
      ms: await median(() => parse(csv, options), { iterations: 3, time: 0 }),
    },
    {
      part: "core's parsers over the same wording (timescales, money, outcome references, paragraphs and lists)",
      ms: await median(
        () => {
          for (const each of timescales) parseTimescale(each);
          for (const each of money) parseMoney(each);
          for (const each of refs) parseOutcomeRefs(each, { framework: "nab-2008" });
          for (const each of contents) parseContent(each);
        },
        { iterations: 3, time: 0 },
      ),
    },
    {
      part: "checking the plan and the return read (checkPlan, checkProgressReturn)",
      ms: await median(() => [checkPlan(plan), checkProgressReturn(progress, { plan })], {
        iterations: 3,
        time: 0,
      }),
    },
  ];
}

/** How many XML elements a .docx's main part holds: the docx library's packing time follows it. */
export async function xmlElements(docx: Uint8Array): Promise<number> {
  const zip = await JSZip.loadAsync(docx);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml.match(/<w:[A-Za-z]/g)?.length ?? 0;
}
