import {
  findOutcomeByWording,
  nab2008,
  parseContent,
  parseMoney,
  parseOutcomeRefs,
  parsePlanPeriod,
  parseTimescale,
} from "@cja-kit/core";
import { median } from "./measure";

/** One parser's time per KB of input at 1 KB and at 1 MB, and the growth between them. */
export type ParserGrowth = { name: string; input: string; smallUs: number; largeUs: number; growth: number };

const KB = 1024;

/** `unit` repeated to `bytes` characters (the wording is ASCII, so characters are bytes). */
const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

// Worst cases first: one line with no break (issue 10, input 5: `2010-11 ` and `Year 1-` repeated
// took over 60 s for 1 MB), then cells of many paragraphs of the seeds' own wording.
const CASES: ReadonlyArray<{ name: string; input: string; unit: string; parse: (text: string) => unknown }> =
  [
    { name: "parseTimescale", input: "`2010-11 ` on one line", unit: "2010-11 ", parse: parseTimescale },
    { name: "parseTimescale", input: "`Year 1-` on one line", unit: "Year 1-", parse: parseTimescale },
    {
      name: "parseTimescale",
      input: "seed milestones, one a line",
      unit: "Approval Nov 07 Funding bid Dec 07 by end of Q3 2010-11\n",
      parse: parseTimescale,
    },
    { name: "parseMoney", input: "`£1 ` on one line", unit: "£1 ", parse: parseMoney },
    {
      name: "parseMoney",
      input: "seed resources, one a line",
      unit: "The Robertson Trust: £30,000 SPS £30,000 Existing resources\n",
      parse: parseMoney,
    },
    {
      name: "parseOutcomeRefs",
      input: "`A1-A5; ` on one line",
      unit: "A1-A5; ",
      parse: (text) => parseOutcomeRefs(text),
    },
    {
      name: "parseOutcomeRefs",
      input: "words on one line",
      unit: "see above ",
      parse: (text) => parseOutcomeRefs(text),
    },
    {
      name: "parseContent",
      input: "bullets and numbers",
      unit: "• Audit carried out\n1. First\n\n",
      parse: parseContent,
    },
    { name: "parsePlanPeriod", input: "digits on one line", unit: "2008", parse: parsePlanPeriod },
    {
      name: "findOutcomeByWording",
      input: "a long quotation",
      unit: "Reduced or stabilised substance misuse ",
      parse: (text) => findOutcomeByWording(nab2008, text, { registry: false }),
    },
  ];

async function perKb(parse: (text: string) => unknown, input: string, rounds: number): Promise<number> {
  const ms = await median(() => {
    for (let round = 0; round < rounds; round++) parse(input);
  });
  return (ms * 1000) / rounds / (input.length / KB);
}

/** Every parser on 1 KB and 1 MB of hostile and ordinary wording: linear parsers grow by about 1. */
export async function parserGrowth(): Promise<ParserGrowth[]> {
  const results: ParserGrowth[] = [];
  for (const c of CASES) {
    const smallUs = await perKb(c.parse, fill(c.unit, KB), 200);
    const largeUs = await perKb(c.parse, fill(c.unit, KB * KB), 1);
    const growth = largeUs / smallUs;
    console.log(
      `${c.name.padEnd(22)} ${c.input.padEnd(34)} ${smallUs.toFixed(1)} → ${largeUs.toFixed(1)} µs/KB ×${growth.toFixed(2)}`,
    );
    results.push({ name: c.name, input: c.input, smallUs, largeUs, growth });
  }
  return results;
}
