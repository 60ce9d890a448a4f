import { frameworkOutcomes, type Outcome, type OutcomeFramework, type OutcomeListBlock } from "@cja-kit/core";
import { type FileChild, Paragraph, TableRow, TextRun } from "docx";
import { rowHeight } from "./cell-measure";
import { splitWidth } from "./column-widths";
import { contentParagraphs } from "./content-paragraphs";
import { at, type Context, type Where } from "./context";
import { STYLE } from "./styles";
import { cell, headerRow, table } from "./table";
import { textRuns } from "./text-runs";

const coded = (outcome: Outcome) => `${outcome.code} - ${outcome.wording}`;

function groupsOf(framework: OutcomeFramework, block: OutcomeListBlock): OutcomeFramework["groups"] {
  return block.groups === undefined
    ? framework.groups
    : block.groups.flatMap((code) => framework.groups.filter((group) => group.code === code));
}

function groupColumns(
  context: Context,
  framework: OutcomeFramework,
  block: OutcomeListBlock,
  where: Where,
  { width, height }: { width: number; height: number },
): FileChild[] {
  const groups = groupsOf(framework, block);
  const widths = splitWidth(
    groups.map(() => 1),
    width,
  );
  const labels = groups.map((group, i) => block.headings?.[i] ?? group.label);
  const outcomes = frameworkOutcomes(framework);
  const measured = groups.map((group) =>
    outcomes
      .filter((outcome) => outcome.group === group.code)
      .map((outcome) => ({ text: coded(outcome), indent: 0, bold: false })),
  );
  // One row of three long columns: kept on one page where it fits (seed 003's 23 outcomes do).
  const fits = rowHeight(measured, widths, context.options.tableSize) <= height * 0.85;
  const cells = groups.map((group, i) =>
    cell(
      outcomes
        .filter((outcome) => outcome.group === group.code)
        .map(
          (outcome) =>
            new Paragraph({
              style: STYLE.cell,
              children: [
                new TextRun({ text: `${outcome.code} - `, bold: true }),
                ...textRuns(context, outcome.wording, at(where, "outcomes", outcome.code)),
              ],
            }),
        ),
      widths[i] ?? 0,
    ),
  );
  return [
    table(
      [
        headerRow(context, labels, widths, at(where, "headings")),
        new TableRow({ ...(fits ? { cantSplit: true } : {}), children: cells }),
      ],
      widths,
    ),
  ];
}

/**
 * An `outcome-list` block filled from the framework's wording: a numbered list, "C1 - wording"
 * paragraphs, or a table with one column per group. An unknown framework gives a warning.
 */
export function outcomeList(
  context: Context,
  block: OutcomeListBlock,
  where: Where,
  page: { width: number; height: number },
): FileChild[] {
  const framework = context.options.registry.frameworks[block.framework];
  if (framework === undefined) {
    context.issues.push({
      code: "docx/unknown-framework",
      severity: "warning",
      path: [...where.path, "framework"],
      message: `The outcome list names framework "${block.framework}", which the registry does not hold, so it was left out; add the framework to options.registry.`,
    });
    return [];
  }
  if (block.style === "group-columns") return groupColumns(context, framework, block, where, page);
  const codes = new Set(groupsOf(framework, block).map((group) => group.code));
  const outcomes = frameworkOutcomes(framework).filter((outcome) => codes.has(outcome.group));
  if (block.style === "coded")
    return contentParagraphs(
      context,
      outcomes.map((outcome) => ({ kind: "paragraph", text: coded(outcome) })),
      where,
      "body",
    );
  return contentParagraphs(
    context,
    [{ kind: "list", marker: "number", items: outcomes.map((o) => o.wording) }],
    where,
    "body",
  );
}
