import { type Issue, parseContent, parseOutcomeRefs, type TableRowInput, type Theme } from "@cja-kit/core";
import { parseColumnLabels } from "./theme-text";

/** A theme being read: its own fields, its rows in order, its sub-themes. */
export type ThemeDraft = {
  theme: Omit<Theme, "themes" | "actions">;
  rows: TableRowInput[];
  children: ThemeDraft[];
};

/** The theme cells of one level, by part. */
export type ThemeCells = ReadonlyMap<string, string>;

const EMPTY: ThemeCells = new Map();

/** Whether a level's cells say anything. */
export function isBlank(cells: ThemeCells | undefined): boolean {
  return [...(cells ?? EMPTY).values()].every((value) => value.length === 0);
}

/** A theme's own fields read from its cells at one level. */
export function themeFromCells(
  cells: ThemeCells,
  framework: string,
  where: { row: number; column: string },
): { theme: ThemeDraft["theme"]; issues: Issue[] } {
  const theme: ThemeDraft["theme"] = {};
  const issues: Issue[] = [];
  const get = (part: string) => cells.get(part) ?? "";
  if (get("number").trim().length > 0) theme.number = get("number").trim();
  if (get("title").length > 0) theme.title = get("title");
  if (get("outcomeRefs").length > 0) {
    const parsed = parseOutcomeRefs(get("outcomeRefs"), { framework });
    theme.outcomeRefs = parsed.value;
    issues.push(...parsed.issues.map((issue) => ({ ...issue, ...where })));
  }
  if (get("localOutcomes").length > 0) theme.localOutcomes = parseContent(get("localOutcomes"));
  if (get("columns").length > 0) {
    const { columns, unreadable } = parseColumnLabels(get("columns"));
    theme.columns = columns;
    for (const line of unreadable) {
      issues.push({
        code: "csv/unreadable-column-label",
        severity: "warning",
        message: `"${line}" does not name a field ("field: Label"); it was left out.`,
        path: [],
        ...where,
      });
    }
  }
  return { theme, issues };
}

/** A key that tells one level's theme from another (parts come in the header's order, the same for every row). */
export function cellsKey(cells: ThemeCells | undefined): string {
  return JSON.stringify([...(cells ?? EMPTY).entries()]);
}

/** The finished theme tree, with each draft's rows turned into actions by `build`. */
export function finishThemes(
  drafts: readonly ThemeDraft[],
  build: (rows: TableRowInput[]) => Theme["actions"],
): Theme[] {
  return drafts.map((draft) => {
    const actions = build(draft.rows) ?? [];
    const themes = finishThemes(draft.children, build);
    return {
      ...draft.theme,
      ...(themes.length > 0 ? { themes } : {}),
      ...(actions.length > 0 ? { actions } : {}),
    };
  });
}
