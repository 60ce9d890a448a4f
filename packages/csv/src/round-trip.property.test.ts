import {
  type Action,
  type ActionRow,
  type Block,
  CanonicalStatus,
  type Column,
  type Content,
  communityJusticeAuthorities,
  createProgressEntry,
  type Plan,
  type ProgressEntry,
  type ProgressReturn,
  parseMoney,
  parseOutcomeRefs,
  parseTimescale,
  parseTimescaleCell,
  parseYesNo,
  type Theme,
} from "@cja-kit/core";
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { readPlanCsv } from "./read-plan-csv";
import { readProgressCsv } from "./read-progress-csv";
import { writePlanCsv } from "./write-plan-csv";
import { writeProgressCsv } from "./write-progress-csv";

// Any Unicode (binary units find line-ending and quoting bugs the default generator misses),
// well-formed, since a CSV file is bytes and a lone surrogate has none.
const anyText = (minLength = 1) =>
  fc.string({ unit: "binary", minLength, maxLength: 24 }).filter((s) => s.isWellFormed());
const line = anyText().filter((s) => /\S/.test(s) && !/[\r\n]/.test(s));
const block: fc.Arbitrary<Block> = fc.oneof(
  line.map((text): Block => ({ kind: "paragraph", text })),
  fc
    .tuple(
      fc.constantFrom("bullet" as const, "number" as const, "none" as const),
      fc.array(line, { minLength: 1, maxLength: 3 }),
    )
    .map(([marker, items]): Block => ({ kind: "list", marker, items })),
);
// One list at most, so two lists of one kind never stand side by side (they would read back as one).
const content: fc.Arbitrary<Content> = fc
  .tuple(
    fc.array(
      line.map((text): Block => ({ kind: "paragraph", text })),
      { maxLength: 2 },
    ),
    fc.option(block, { nil: undefined }),
  )
  .map(([ps, b]) => (b === undefined ? ps : [...ps, b]))
  .filter((c) => c.length > 0);
const noDigits = anyText().filter((s) => !/[0-9£]/.test(s));
const timescale = fc
  .oneof(
    fc.constantFrom(
      "July 2008",
      "Dec 08 start",
      "Year 1-3",
      "September 2008 & 1/4ly thereafter",
      "Approval Nov 07 Funding bid Dec 07",
      "2008-09 and ongoing\r\nTBA",
    ),
    noDigits,
  )
  .map((raw) => parseTimescale(raw).value);
// Timescales with marks, written in the cell notation (seed 002's underlined "Year 1", any text
// marked): they come back with the same runs.
const markedTimescale = fc
  .oneof(
    fc.constantFrom(
      "__Year 1__ Complete data review\nSet target numbers by end of year 2",
      "1-2 years\r\n__2008-09__ Deliver consistent & timely housing advice",
      "**By** March 2011\n\n_TBA_ ^th^",
    ),
    fc
      .tuple(fc.constantFrom("**", "__", "_", "^"), noDigits, noDigits)
      .map(([mark, marked, rest]) => `${mark}${marked}${mark}${rest}`),
  )
  .map((cell) => parseTimescaleCell(cell).value);
const money = fc
  .oneof(
    fc.constantFrom("£15,000", "£25k from EVOC", "Existing resources", "Total £100: A £60 B £40"),
    noDigits,
  )
  .map((raw) => parseMoney(raw).value);
const refs = fc
  .constantFrom("(A1 & C3)", "(A1-A5; B1-B5; C2-C4)", "(A2,A3,A5; C)")
  .map((raw) => parseOutcomeRefs(raw).value);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 2 });
const defined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

const row: fc.Arbitrary<ActionRow> = fc
  .record({
    localOutcome: optional(content),
    detail: optional(content),
    milestones: optional(content),
    timescale: optional(fc.oneof(timescale, markedTimescale)),
    lead: optional(content),
    partners: optional(content),
    resources: optional(money),
    flags: optional(
      fc.dictionary(fc.constantFrom("area-plan-2011-14", "priority"), anyText().map(parseYesNo), {
        minKeys: 1,
        maxKeys: 2,
      }),
    ),
    extra: optional(
      fc.dictionary(fc.constantFrom("Comments", "Notes"), anyText(), { minKeys: 1, maxKeys: 2 }),
    ),
  })
  .map(defined);

const action = (number: string): fc.Arbitrary<Action> =>
  fc
    .record({
      title: optional(content),
      outcomeRefs: optional(refs),
      aim: optional(content),
      rows: fc.array(row, { minLength: 1, maxLength: 3 }),
    })
    .map((a) => defined({ number, ...a }));

const columnLabels: fc.Arbitrary<Column[]> = fc.array(
  fc.record({
    field: fc.constantFrom("number" as const, "timescale" as const, "lead" as const),
    label: anyText(0).filter((s) => !/[\r\n]/.test(s)),
  }),
  { minLength: 1, maxLength: 3 },
);

function theme(depth: number, prefix: string): fc.Arbitrary<Theme> {
  return fc
    .record({
      number: optional(fc.constant(prefix)),
      title: anyText(0).map((s) => `${prefix} ${s}`),
      outcomeRefs: optional(refs),
      localOutcomes: optional(content),
      columns: optional(columnLabels),
      count: fc.nat({ max: 2 }),
      children: depth >= 3 ? fc.constant(0) : fc.nat({ max: 2 }),
    })
    .chain(({ count, children, ...own }) =>
      fc
        .tuple(
          fc.tuple(...Array.from({ length: count }, (_, i) => action(`${prefix}.${i + 1}`))),
          fc.tuple(...Array.from({ length: children }, (_, i) => theme(depth + 1, `${prefix}.${i + 9}`))),
        )
        .map(([actions, themes]) =>
          defined({
            ...own,
            ...(actions.length > 0 ? { actions } : {}),
            ...(themes.length > 0 ? { themes } : {}),
          }),
        ),
    );
}

const authority = communityJusticeAuthorities.lanarkshire;
const meta = {
  kind: "action-plan" as const,
  authority,
  period: { from: "2010-11", to: "2010-11" },
  outcomeFramework: "nab-2008",
};
const returnMeta = { authority, period: { kind: "quarter" as const, year: "2010-11", quarter: 2 as const } };

const planArbitrary: fc.Arbitrary<Plan> = fc
  .array(fc.nat(), { minLength: 1, maxLength: 3 })
  .chain((tops) => fc.tuple(...tops.map((_, i) => theme(1, String(i + 1)))))
  .map((themes) => ({ ...meta, columns: [{ field: "number", label: "Number" }], themes }));

const entry = (number: string, rowIndex: number): fc.Arbitrary<ProgressEntry> =>
  fc
    .record({
      progress: fc.oneof(content, fc.constant([] as Content)),
      byCouncil: optional(
        fc.array(
          fc.record({
            council: fc.constantFrom("SLC", "NLC"),
            progress: fc.oneof(content, fc.constant([] as Content)),
          }),
          { minLength: 1, maxLength: 2 },
        ),
      ),
      nextSteps: optional(content),
      statusWording: optional(anyText()),
      percentComplete: optional(fc.integer({ min: 0, max: 100 })),
      override: optional(
        fc.tuple(fc.constantFrom(...CanonicalStatus.options), fc.stringMatching(/^[a-z][a-z-]{0,12}$/)),
      ),
    })
    .map(({ override, ...input }) => {
      const created = createProgressEntry(defined({ action: number, row: rowIndex, ...input }));
      return override === undefined
        ? created
        : { ...created, status: { raw: created.status.raw, status: override[0], rule: override[1] } };
    });

function progressFor(plan: Plan): fc.Arbitrary<ProgressReturn> {
  const rows = plan.themes.flatMap(function walk(t: Theme): Array<[string, number]> {
    return [
      ...(t.actions ?? []).flatMap((a) => a.rows.map((_, i): [string, number] => [a.number, i])),
      ...(t.themes ?? []).flatMap(walk),
    ];
  });
  return fc
    .subarray(rows)
    .chain((chosen) => fc.tuple(...chosen.map(([n, i]) => entry(n, i))))
    .map((entries) => ({ ...returnMeta, entries }));
}

describe("canonical plan CSV (property)", () => {
  test.prop([planArbitrary.chain((plan) => fc.tuple(fc.constant(plan), progressFor(plan)))], {
    numRuns: 1000,
  })(
    "export → import → export is byte-identical, and import → export → import deep-equal",
    ([plan, progress]) => {
      const first = writePlanCsv(plan, { progress });
      const read = readPlanCsv(first.csv, { plan: meta, progress: returnMeta });
      expect(read.issues.filter((issue) => issue.severity === "error")).toEqual([]);
      if (!read.ok) return;
      expect(read.value.plan.themes).toEqual(plan.themes);
      expect(read.value.progress?.entries ?? []).toEqual(progress.entries);
      const second = writePlanCsv(
        read.value.plan,
        read.value.progress === undefined ? {} : { progress: read.value.progress },
      );
      expect(second.csv).toBe(first.csv);
      const again = readPlanCsv(second.csv, { plan: meta, progress: returnMeta });
      expect(again).toEqual(read);
    },
    300_000,
  );
});

describe("progress CSV (property)", () => {
  test.prop(
    [
      fc
        .uniqueArray(fc.tuple(fc.stringMatching(/^[1-9](\.[1-9]){0,2}$/), fc.nat({ max: 3 })), {
          maxLength: 6,
          selector: ([n, r]) => `${n}#${r}`,
        })
        .chain((keys) => fc.tuple(...keys.map(([n, r]) => entry(n, r)))),
    ],
    { numRuns: 1000 },
  )(
    "export → import → export is byte-identical, and import → export → import deep-equal",
    (entries) => {
      const progress: ProgressReturn = { ...returnMeta, entries };
      const csv = writeProgressCsv(progress).csv;
      const read = readProgressCsv(csv, { authority });
      expect(read.issues.filter((issue) => issue.severity === "error")).toEqual([]);
      if (!read.ok) return;
      expect(read.value).toEqual(entries.length === 0 ? [] : [progress]);
      expect(writeProgressCsv(read.value).csv).toBe(entries.length === 0 ? writeProgressCsv([]).csv : csv);
    },
    300_000,
  );
});
