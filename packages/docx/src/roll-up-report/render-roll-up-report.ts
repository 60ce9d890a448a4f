import {
  type CommitteeReport,
  formatCalendarDate,
  type Issue,
  type RollUp,
  type RollUpRule,
} from "@cja-kit/core";
import { type FileChild, Paragraph, TableRow } from "docx";
import { assemble, contentHeight, contentWidth } from "../_internal/assemble";
import { splitWidth } from "../_internal/column-widths";
import { at, type Context, createContext, type Where } from "../_internal/context";
import { committeeReportCheck } from "../_internal/document-checks";
import { requireInputs } from "../_internal/input-issues";
import { insertionPoint, insertSections } from "../_internal/inserted-sections";
import { renderOptionsCheck } from "../_internal/options-issues";
import { hanging, numbered, reportSection, sectionHeading } from "../_internal/report-body";
import { reportClosing } from "../_internal/report-closing";
import { reportLetterhead } from "../_internal/report-letterhead";
import { resolveOptions } from "../_internal/resolve-options";
import { rollUpsCheck } from "../_internal/roll-up-check";
import { type RollUpGroup, rollUpGroups } from "../_internal/roll-up-groups";
import { numberedSources } from "../_internal/roll-up-sources";
import { type RollUpTables, rollUpTable, rollUpWidths } from "../_internal/roll-up-table";
import {
  type ActionsShown,
  coverageSentence,
  reasonParagraphs,
  ruleId,
  ruleSentence,
} from "../_internal/roll-up-text";
import { sectionNumbers } from "../_internal/section-number";
import { STYLE } from "../_internal/styles";
import { cell, headerRow, table } from "../_internal/table";
import { textRuns } from "../_internal/text-runs";
import type { RollUpReportOptions } from "../options/roll-up-report-options";
import type { RenderedDocx } from "../rendered-docx";

/** What the report's own sections share: the context, page size, sources, the word for a group, table widths. */
type Look = RollUpTables & { context: Context; width: number };

const paragraph = (
  context: Context,
  number: string | undefined,
  text: string,
  where: Where,
  keepNext = false,
) =>
  new Paragraph({
    ...hanging,
    ...(keepNext ? { keepNext } : {}),
    children: [...numbered(context, number, where), ...textRuns(context, text, where)],
  });

/** Every roll-up and its children. */
const everyRollUp = (rollUps: readonly RollUp[]): RollUp[] =>
  rollUps.flatMap((r) => [r, ...everyRollUp(r.children ?? [])]);

/** The rule in words, or a warning and nothing where the roll-ups were made by another rule. */
function ruleWords(look: Look, rollUps: readonly RollUp[], options: RollUpReportOptions): string | Issue {
  const rule: RollUpRule = options.rollUp?.rule ?? { kind: "worst-of" };
  const other = everyRollUp(rollUps).find((r) => r.rule !== ruleId(rule));
  if (other === undefined) return ruleSentence(rule, look.noun);
  return {
    code: "docx/roll-up-rule-differs",
    severity: "warning",
    path: ["rollUp", "rule"],
    actual: other.rule,
    message: `The roll-up "${other.label}" was made by the rule "${other.rule}", but the options name "${ruleId(rule)}": the report does not describe the rule. Pass the options the roll-ups were made with as \`rollUp\`.`,
  };
}

function sourcesTable(look: Look): FileChild[] {
  const { context, width, sources } = look;
  const widths = splitWidth([1, 12, 4], width);
  const where = { path: ["sources"] };
  const rows = sources.map(
    (s, i) =>
      new TableRow({
        cantSplit: true,
        children: [String(s.number), s.title, formatCalendarDate(s.at)].map((text, k) =>
          cell(
            [new Paragraph({ style: STYLE.cell, children: textRuns(context, text, at(where, i)) })],
            widths[k] ?? 0,
          ),
        ),
      }),
  );
  return [
    table(
      [headerRow(context, ["No.", "Return", "Assessed at"], widths, at(where, "columns")), ...rows],
      widths,
    ),
    new Paragraph({ style: STYLE.small, children: [] }),
  ];
}

/** The section on what the ratings rest on: the returns with their dates, and the rule in words. */
function basisSection(
  look: Look,
  number: string | undefined,
  rule: string | undefined,
  options: RollUpReportOptions,
): FileChild[] {
  const { context, sources, noun } = look;
  const where = { path: ["rollUps"] };
  const sub = (k: number) => (number === undefined ? undefined : `${number.replace(/\.$/, "")}.${k}`);
  const lead =
    sources.length === 0
      ? `No return gives any of these ${noun}s' actions.`
      : sources.length === 1
        ? "The ratings come from one return, assessed at the date shown:"
        : `The ratings come from ${sources.length} returns, each assessed at its own date, numbered as the tables below cite them:`;
  const how = [
    rule,
    coverageSentence(options.rollUp ?? {}, noun),
    `An action that serves several ${noun}s counts under each of them, so the counts of different ${noun}s do not add up to the actions of a return.`,
  ].filter((t) => t !== undefined);
  return [
    sectionHeading(context, number, "Basis of the ratings", where),
    paragraph(context, sub(1), lead, where, sources.length > 0),
    ...(sources.length === 0 ? [] : sourcesTable(look)),
    paragraph(context, sub(2), how.join(" "), where),
  ];
}

/** A group's section: its heading, its table, then each roll-up's reason as a numbered paragraph. */
function groupSection(
  look: Look,
  group: RollUpGroup,
  number: string | undefined,
  shown: ActionsShown,
): FileChild[] {
  const { context } = look;
  const where = { path: ["rollUps", group.title] };
  const sub = (k: number) => (number === undefined ? undefined : `${number.replace(/\.$/, "")}.${k}`);
  return [
    sectionHeading(context, number, group.title, where),
    rollUpTable(context, group.rollUps, { ...look, noun: capitalised(look.noun) }, where),
    new Paragraph({ style: STYLE.small, children: [] }),
    ...group.rollUps.flatMap((r, k) =>
      reasonParagraphs(context, r, sub(k + 1), { path: ["rollUps", r.key] }, shown),
    ),
  ];
}

const capitalised = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;

/**
 * Renders roll-ups (from `rollUpByOutcome` or `rollUpByTheme`) as a report to a board, in the
 * committee report's layout: the report's header block (Report to, Date of Meeting, Report by,
 * Subject) and its own purpose, recommendations and background sections; then a section on the
 * basis of the ratings (the returns they come from, by title, each with the date it was assessed
 * at, and the rule in words); then one section per group of the framework (Outcomes for
 * communities, …), each with a table of its outcomes (the rating in words on its colour, the
 * counts of red, amber, green and not-rated actions, how many of its actions were rated, the
 * returns it comes from with their dates) and, under it, each outcome's reason in core's words,
 * the checks on its actions, and the actions that made it red or amber; then the report's
 * implications and other sections (numbered on), signature and contact. No machine ids are
 * printed: sources are named by title, actions by number.
 *
 * @param report - The report around the ratings: its header fields, purpose, recommendations and
 *   other sections (results go after purpose, recommendations, background and body sections).
 * @param rollUps - The roll-ups, e.g. `rollUpByOutcome(assessments, { framework: "nab-2008" })`.
 * @param options - A committee report's options, the framework to group by, the roll-up options
 *   used, and the deciding actions to list; see {@link RollUpReportOptions}.
 * @returns The document and the issues met (`docx/roll-up-rule-differs` when the roll-ups were
 *   made by another rule than `options.rollUp` names; `docx/control-character-removed`).
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (a plan or report the schema refuses, a cyclic one, options of the wrong type such as `fontSize: NaN` or `paperSize: "A9"`): checked before anything is rendered, its issues name each place.
 * @example
 * ```ts
 * const rollUps = rollUpByOutcome(assessPlan(plan, progress), { framework: "nab-2008" });
 * const rendered = renderRollUpReport(report, rollUps, { framework: nab2008 });
 * const blob = await toBlob(rendered);
 * ```
 */
export function renderRollUpReport(
  report: CommitteeReport,
  rollUps: readonly RollUp[],
  options: RollUpReportOptions = {},
): RenderedDocx {
  requireInputs("renderRollUpReport", [
    ["report", committeeReportCheck, report],
    ["rollUps", rollUpsCheck, rollUps],
    ["options", renderOptionsCheck, options],
  ]);
  const context = createContext(resolveOptions(options));
  const width = contentWidth(context.options, "portrait");
  const noun = options.framework === undefined ? "theme" : "outcome";
  const height = contentHeight(context.options, "portrait");
  const sources = numberedSources(rollUps);
  const groups = rollUpGroups(rollUps, options.framework, "Themes");
  const widths = rollUpWidths(
    context,
    groups.flatMap((g) => g.rollUps),
    { sources, noun: capitalised(noun), width },
  );
  const look: Look = { context, width, height, sources, noun, widths };
  const point = insertionPoint(report.sections);
  const placed = insertSections(
    report.sections,
    sectionNumbers(report.sections.map((s) => s.number)),
    point,
    groups.length + 1,
  );
  const rule = ruleWords(look, rollUps, options);
  if (typeof rule !== "string") context.issues.push(rule);
  const own = (from: number, to: number) =>
    placed.sections
      .slice(from, to)
      .flatMap((s, i) =>
        reportSection(context, s, placed.numbers[from + i], { path: ["sections", from + i] }),
      );
  const children: FileChild[] = [
    ...(options.letterhead === false ? [] : reportLetterhead(context, report, width)),
    ...own(0, point),
    ...basisSection(look, placed.inserted[0], typeof rule === "string" ? rule : undefined, options),
    ...groups.flatMap((group, k) =>
      groupSection(look, group, placed.inserted[k + 1], options.actions ?? "red-and-amber"),
    ),
    ...own(point, placed.sections.length),
    ...reportClosing(context, report),
  ];
  const firstPage = options.letterhead === false ? {} : { firstPage: "untitled" as const };
  return assemble(context, [{ orientation: "portrait", children, ...firstPage }], {
    title: report.subject ?? `${report.authority.name} report`,
    author: report.authority.name,
  });
}
