import { communityJusticeAuthorities, type Issue, nationalBodies } from "@cja-kit/core";
import {
  readCommitteeReportCsv,
  readIndicatorCsv,
  readPlanCsv,
  readProgressCsv,
  writeIndicatorCsv,
  writePlanCsv,
} from "@cja-kit/csv";
import {
  lanarkshireActionPlan2010_11,
  lanarkshireProgress2010_11Q2,
  socialWorkOrders2016_17,
} from "@cja-kit/seed-data";

// Tables an officer might really send, each built to meet one kind of issue the table readers and
// writers give, so that every code's message is read by the seams test. Wording from the seeds
// (Lanarkshire CJA 2008-11, Lothian & Borders CJA 2010-11) and the Criminal Justice Social Work
// Statistics 2016-17 (gov.scot, Open Government Licence v3.0).

const authority = communityJusticeAuthorities.lanarkshire;
const plan = { kind: "action-plan" as const, authority, period: { from: "2010-11", to: "2010-11" } };
const progress = { authority, period: { kind: "quarter" as const, year: "2010-11", quarter: 2 as const } };
const set = { title: "Orders commenced", authority: nationalBodies["scottish-government"] };

const planCsv = (text: string, options: object = {}) => readPlanCsv(text, { plan, ...options }).issues;

/** The plan reader: heading rows, odd headings, merged cells, outcome codes, council progress. */
function fromPlanTables(): Issue[] {
  return [
    ...planCsv("Intro note\nAction No,Aim,Aim,__proto__,Lead\n1.1,Reduce,Again,x,SLC\n,,,,\n1.2,Cut,,,\n"),
    ...planCsv("Action No,Aim\n1.1,Reduce\n", { headings: { Aim: "nonsense" } }),
    ...planCsv("Action,Timescale,Lead\nSet up groups,March 2011,Partners\nReview,,\nConsult residents,,\n"),
    ...planCsv("Action No,Key Measure\nOffender groups,x\nMore prose,y\n1.1,z\n"),
    ...planCsv(
      "Theme 1 title,Theme 1 outcome codes,Plan column labels,Number\nReduce,nab-2008:A1; section 9,foo: Bar,1\nReduce,nab-2008:A1; section 9,lead: Lead,2\n",
    ),
    ...planCsv("Number,Title,National Outcome\n1,Cut reoffending,9. Our communities are safer\n"),
    ...planCsv("Number,Title,Progress by council\n1,Cut,Work began\n## NLC\nDone\n", { progress }),
    ...planCsv("Action No,Key Measure\n1.8,Review\n1.9,Consult\n1.1,Report\n"),
    ...planCsv("Number,Title,Progress,Status rule,NLC progress\n1,Cut,Done,manual,x\n", { progress }),
    ...planCsv("Number,Title,Progress\n1,Cut,Some text\n1 cont./,,Other text\n", { progress }),
    // A totals row under the table (East Dunbartonshire CJOIP 2023-2026 tracker).
    ...planCsv('No.,Action,Budget\n1.1,Deliver awareness sessions,"£2,500"\n,Total,"£2,500"\n'),
    // A group row over the headings (East Dunbartonshire CJOIP 2023-2026 tracker) and a theme's own labels (seed 002).
    ...planCsv("Action,,Progress,\nNo.,Action,RAG,Update\n1.1,Deliver awareness sessions,Green,Four held\n"),
    ...planCsv(
      "Action Number,Aim,Objective\n2.5 Offender Outcomes,,\nAction Number,Objective,Specific\n2.5.9,Ensure victim awareness,All groupwork\n",
    ),
    // A group row in a table whose first column is a target (East Ayrshire CPP Improvement Plan 2017).
    ...planCsv(
      "Area for improvement,Action,Lead\nPriority 1.3: Improve the vibrancy of our town centres,,\nNumber of vacant town centre buildings (Reduction),Consider the list of buildings,Planning\n",
      { headings: { "Area for improvement": "localTarget" } },
    ),
  ];
}

/** The progress, committee report and indicator readers on files with faults. */
function fromOtherTables(): Issue[] {
  return [
    ...readProgressCsv(
      "Period,Action,Reported on,Progress\n2010-11 Q2,,31/02/2010,Done\n2010-11 Q2,1.1,31/02/2010,x\n",
      {
        authority,
      },
    ).issues,
    // A priority between the entries (Clackmannanshire CJP Annual Return 2018/19).
    ...readProgressCsv(
      "Action,Period,Status,Progress\nImprove strategic planning and delivery,,,\n1.10,2018-19,On track,Meets quarterly\n",
      { authority },
    ).issues,
    ...readCommitteeReportCsv(
      "Field,Section number,Section title,Role,Paragraph number,Text,Notes\nsubject,,,,,Update,n\nsubject,,,,,Again\nfoo,,,,,x\ncontactPhone,,,,,01698 403 132\n",
      { authority },
    ).issues,
    ...readIndicatorCsv(
      "Orders commenced 2016-17\nIndicator,Period,Value,Comment\nCPO,,12,x\nCPO,2016-17,about,\n",
      {
        set,
      },
    ).issues,
    ...readIndicatorCsv(
      "Indicator,Indicator Type,Period,Value,Target,Framework indicator\nCPO,Vital,2016-17,12,about half,1.3\nCPO,Other,2017-18,13,,\n",
      { set },
    ).issues,
    ...readPlanCsv(
      new Uint8Array([0x4e, 0x6f, 0x2c, 0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x31, 0x2c, 0xa3, 0x35, 0x0a]),
      {
        plan,
        encoding: "utf-8",
      },
    ).issues,
    ...readIndicatorCsv("Indicator,2016-17\n,12\n", { set }).issues,
  ];
}

/** The writers' warnings: progress with no row, fields and orders a table cannot hold, long cells. */
function fromWriters(): Issue[] {
  const [first] = socialWorkOrders2016_17.indicators;
  const long = "word ".repeat(7_000);
  const broken = {
    ...lanarkshireProgress2010_11Q2,
    entries: [
      ...lanarkshireProgress2010_11Q2.entries,
      { ...lanarkshireProgress2010_11Q2.entries[0], action: "99.9" },
    ],
  };
  return [
    ...writePlanCsv(lanarkshireActionPlan2010_11, { progress: broken as never }).issues,
    ...writePlanCsv({
      ...lanarkshireActionPlan2010_11,
      themes: [
        {
          title: "Health",
          actions: [{ number: "1", title: [{ kind: "paragraph", text: long }], rows: [{}] }],
        },
      ],
    }).issues,
    ...writeIndicatorCsv({
      ...socialWorkOrders2016_17,
      indicators: [
        { ...first, id: "cpo", name: "Community payback orders", actual: { value: 1, period: "2016-17" } },
        {
          id: "backwards",
          name: "Orders, latest first",
          series: [
            { period: "2017-18", raw: "2", value: 2, availability: "value" },
            { period: "2016-17", raw: "1", value: 1, availability: "value" },
          ],
        },
        {
          id: "forwards",
          name: "Orders, earliest first",
          series: [
            { period: "2016-17", raw: "1", value: 1, availability: "value" },
            { period: "2017-18", raw: "2", value: 2, availability: "value" },
          ],
        },
      ],
    }).issues,
  ];
}

/** Every table reader's and writer's issues on the tables above. */
export function fromTables(): Issue[] {
  return [...fromPlanTables(), ...fromOtherTables(), ...fromWriters()];
}
