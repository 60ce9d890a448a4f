import { parseContent } from "../content/parse-content";
import type { Issue, Parsed } from "../issue/issue";
import { parseOutcomeRefs } from "../outcome-ref/parse-outcome-refs";
import {
  headingDepth,
  headingLabelKind,
  isOutcomeBox,
  refsInHeading,
  splitHeading,
} from "./_internal/heading-text";
import { parseColumnLabels } from "./column-labels";
import type { ThemePart } from "./column-role";
import { parseOutcomeCodes } from "./outcome-codes";
import type { ThemeDraft } from "./theme-stack";

type ThemeFields = ThemeDraft["theme"];
type Where = { row: number; column: string };

function refsOf(theme: ThemeFields, framework: string, where: Where): Issue[] {
  const refs = theme.title === undefined ? undefined : refsInHeading(theme.title);
  if (refs === undefined) return [];
  const parsed = parseOutcomeRefs(refs, { framework });
  theme.outcomeRefs = parsed.value;
  return parsed.issues.map((issue) => ({ ...issue, ...where }));
}

/**
 * A theme from a heading as a document writes it: `2.1 Health & Wellbeing (A1-A5)` (number,
 * title, references), `National Outcome 9: …`, or an outcome box (`Outcome` then its outcomes, as
 * local outcomes); lines after a heading are its local outcomes.
 */
export function themeFromHeading(text: string, framework: string, where: Where): Parsed<ThemeFields> {
  const [first = "", ...rest] = text.replace(/\r\n?/g, "\n").split("\n");
  const box = isOutcomeBox(first);
  const theme: ThemeFields = box ? {} : splitHeading(first);
  const issues = refsOf(theme, framework, where);
  const local = parseContent(
    (box ? rest : rest[0] !== undefined && isOutcomeBox(rest[0]) ? rest.slice(1) : rest).join("\n"),
  );
  if (local.length > 0) theme.localOutcomes = local;
  return { value: theme, issues };
}

/** Where a heading sits: a numbered one by its number, a labelled one by its label's first use, an outcome box under the heading above. */
export function headingLevel(
  theme: ThemeFields,
  text: string,
  labelKinds: string[],
  top: { depth: number; untitled: boolean } | undefined,
): number {
  if (theme.number !== undefined) return headingDepth(theme.number);
  const kind = headingLabelKind(text);
  if (kind !== undefined) {
    if (!labelKinds.includes(kind)) labelKinds.push(kind);
    return labelKinds.indexOf(kind) + 1;
  }
  if (theme.title !== undefined) return 1;
  if (top === undefined) return 1;
  return top.untitled ? top.depth : top.depth + 1;
}

/**
 * A theme from its canonical cells at one level: number, title, references (as framework-qualified
 * codes where a cell gives them, the wording kept as written; else read from the wording), local
 * outcomes, column labels.
 */
export function themeFromCells(
  cells: ReadonlyMap<ThemePart, string>,
  framework: string,
  where: Where,
): Parsed<ThemeFields> {
  const theme: ThemeFields = {};
  const issues: Issue[] = [];
  const get = (part: ThemePart) => cells.get(part) ?? "";
  if (get("number").trim().length > 0) theme.number = get("number").trim();
  if (get("title").length > 0) theme.title = get("title");
  if (get("outcomeCodes").trim().length > 0) {
    const { refs, unreadable } = parseOutcomeCodes(get("outcomeCodes"));
    theme.outcomeRefs = { raw: get("outcomeRefs"), refs };
    issues.push(...unreadable.map((part) => unreadableCode(part, where)));
  } else if (get("outcomeRefs").length > 0) {
    const parsed = parseOutcomeRefs(get("outcomeRefs"), { framework });
    theme.outcomeRefs = parsed.value;
    issues.push(...parsed.issues.map((issue) => ({ ...issue, ...where })));
  }
  if (get("localOutcomes").length > 0) theme.localOutcomes = parseContent(get("localOutcomes"));
  if (get("columns").length > 0) {
    const { columns, unreadable } = parseColumnLabels(get("columns"));
    theme.columns = columns;
    issues.push(...unreadable.map((line) => unreadableLabel(line, where)));
  }
  return { value: theme, issues };
}

/** A part of an outcome-codes cell that is not `framework:code`. */
function unreadableCode(part: string, where: Where): Issue {
  return {
    code: "table/unreadable-outcome-code",
    severity: "warning",
    message: `"${part.slice(0, 60)}" is not an outcome code with its framework (such as nscj-2022:A4); it was left out of the references.`,
    path: [],
    actual: part.slice(0, 80),
    ...where,
  };
}

/** A line of a column-labels cell that names no field. */
export function unreadableLabel(line: string, where: Where): Issue {
  return {
    code: "table/unreadable-column-label",
    severity: "warning",
    message: `"${line}" does not name a field ("field: Label"); it was left out.`,
    path: [],
    actual: line.slice(0, 80),
    ...where,
  };
}
