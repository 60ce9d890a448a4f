import { guarded, isArrayOfObjects } from "../_internal/guard";
import type { Column } from "../plan/column";
import type { Theme } from "../plan/theme";
import { headingDepth, headingLabelKind, isOutcomeBox } from "./_internal/heading-text";

const WORDING = /* @__PURE__ */ new Set<Column["field"]>(["measure", "number", "title", "aim", "objective"]);

type Walk = { kinds: string[]; itemAbove: boolean; ok: boolean; numbered: boolean };
type Top = { depth: number; untitled: boolean } | undefined;

/** Whether one theme's heading row reads back as a heading at its depth. */
function fits(theme: Theme, depth: number, walk: Walk, top: Top): boolean {
  if (theme.number !== undefined)
    return theme.title !== undefined && depth <= 2 && headingDepth(theme.number) === depth;
  if (theme.title !== undefined) {
    if (isOutcomeBox(theme.title) || /^\d/.test(theme.title)) return false;
    const kind = headingLabelKind(theme.title);
    // A plain heading after actions reads as one only when an action row follows it (its first cell a number).
    if (kind === undefined)
      return depth === 1 && (!walk.itemAbove || (walk.numbered && (theme.actions?.length ?? 0) > 0));
    if (!walk.kinds.includes(kind)) walk.kinds.push(kind);
    return walk.kinds.indexOf(kind) + 1 === depth;
  }
  if ((theme.localOutcomes?.length ?? 0) === 0) return false;
  return depth === (top === undefined ? 1 : top.untitled ? top.depth : top.depth + 1);
}

function visit(themes: readonly Theme[], depth: number, walk: Walk, parent: Top): void {
  let top = parent;
  for (const theme of themes) {
    if (!walk.ok) return;
    walk.ok = fits(theme, depth, walk, top);
    walk.itemAbove = (theme.actions?.length ?? 0) > 0;
    visit(theme.themes ?? [], depth + 1, walk, { depth, untitled: theme.title === undefined });
    top = { depth, untitled: theme.title === undefined };
  }
}

/**
 * Whether a plan's themes, written as heading rows over a table whose first column is `columns[0]`,
 * read back with the same nesting: every heading numbered at its depth (at most two levels),
 * labelled (`Aim 1`, `Priority Action 3`, each label its own level) or an outcome box under its
 * heading, and a plain heading only at the top, before any action or followed by an action row
 * that starts with its number. Otherwise a writer should
 * give each row its themes in theme columns.
 *
 * @param themes - The plan's themes.
 * @param columns - The columns the table is written with.
 * @returns Whether heading rows keep the nesting.
 * @throws CjaKitError `usage/invalid-argument` when an argument is not what its type says (checked when the call fails, so valid input costs nothing).
 * @example
 * ```ts
 * headingRowsFit([{ number: "2", title: "Aim", themes: [{ number: "3", title: "Priority", actions: [] }] }], columns); // false: "3" reads as a sibling
 * ```
 */
export function headingRowsFit(themes: readonly Theme[], columns: readonly Column[]): boolean {
  return guarded(
    "headingRowsFit",
    () => [
      ["themes", isArrayOfObjects, themes],
      ["columns", isArrayOfObjects, columns],
    ],
    () => headingRowsFitOf(themes, columns),
  );
}

function headingRowsFitOf(themes: readonly Theme[], columns: readonly Column[]): boolean {
  if (!WORDING.has(columns[0]?.field ?? "extra")) return themes.length === 0;
  const first = columns[0]?.field;
  const walk: Walk = {
    kinds: [],
    itemAbove: false,
    ok: true,
    numbered: first === "measure" || first === "number",
  };
  visit(themes, 1, walk, undefined);
  return walk.ok;
}
