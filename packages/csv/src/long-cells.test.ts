import { assessPlan, type Content, contentText, type Issue, rollUpByTheme } from "@cja-kit/core";
import {
  lanarkshireChiefOfficersUpdate,
  lanarkshireImplementationPlan2008_09,
  lanarkshireProgress2008_09Q2,
  lothianBordersProgressYear2,
  socialWorkOrders2016_17,
} from "@cja-kit/seed-data";
import { describe, expect, it } from "vitest";
import { writeCommitteeReportCsv } from "./write-committee-report-csv";
import { writeIndicatorCsv } from "./write-indicator-csv";
import { writeProgressCsv } from "./write-progress-csv";
import { writeRollUpCsv } from "./write-roll-up-csv";

// Every CSV writer warns of a cell longer than Excel holds (32,767 characters): the seeds' own
// wording, repeated until it is (a progress narrative pasted in many times over, as happens).

const repeated = (text: string) => text.repeat(Math.ceil(33_000 / text.length));
const longContent = (content: Content): Content => [
  { kind: "paragraph", text: repeated(contentText(content)) },
];

const [entry, ...entries] = lothianBordersProgressYear2.entries;
const [section, ...sections] = lanarkshireChiefOfficersUpdate.sections;
const [paragraph, ...paragraphs] = section?.paragraphs ?? [];
const [indicator, ...indicators] = socialWorkOrders2016_17.indicators;
const [theme, ...themes] = rollUpByTheme(
  lanarkshireImplementationPlan2008_09.themes,
  assessPlan(lanarkshireImplementationPlan2008_09, lanarkshireProgress2008_09Q2),
);

// [writer, write, the column and line the long cell is on (a committee report's fields come first)]
const writers: Array<[string, () => { csv: string; issues: Issue[] }, string, number]> = [
  [
    "writeProgressCsv",
    () =>
      writeProgressCsv({
        ...lothianBordersProgressYear2,
        entries: entry === undefined ? [] : [{ ...entry, progress: longContent(entry.progress) }, ...entries],
      }),
    "Progress",
    2,
  ],
  [
    "writeCommitteeReportCsv",
    () =>
      writeCommitteeReportCsv({
        ...lanarkshireChiefOfficersUpdate,
        sections:
          section === undefined || paragraph === undefined
            ? []
            : [
                {
                  ...section,
                  paragraphs: [{ ...paragraph, content: longContent(paragraph.content) }, ...paragraphs],
                },
                ...sections,
              ],
      }),
    "Text",
    10,
  ],
  [
    "writeIndicatorCsv",
    () =>
      writeIndicatorCsv({
        ...socialWorkOrders2016_17,
        indicators:
          indicator === undefined ? [] : [{ ...indicator, name: repeated(indicator.name) }, ...indicators],
      }),
    "Indicator",
    2,
  ],
  [
    "writeRollUpCsv",
    () =>
      writeRollUpCsv(theme === undefined ? [] : [{ ...theme, because: repeated(theme.because) }, ...themes]),
    "Because",
    2,
  ],
];

describe.each(writers)("%s", (_name, write, column, row) => {
  it("writes a cell over 32,767 characters whole, with a warning naming its line and column", () => {
    const { csv, issues } = write();
    const long = issues.filter((issue) => issue.code === "csv/cell-too-long-for-spreadsheet");
    expect(long).toHaveLength(1);
    expect(long[0]).toMatchObject({ severity: "warning", row, column });
    expect(csv.length).toBeGreaterThan(33_000);
  });
});
