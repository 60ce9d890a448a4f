import type { TableRowInput } from "../plan/actions-from-rows";
import type { Theme } from "../plan/theme";

/** A theme being read: its own fields, its rows in order, its sub-themes. */
export type ThemeDraft = {
  theme: Omit<Theme, "themes" | "actions">;
  rows: TableRowInput[];
  children: ThemeDraft[];
  /** The row it was read from, for issues. */
  row?: number;
};

type Level = { key: string; draft: ThemeDraft; depth: number };

/** The themes read so far, and the open ones from the top level down. */
export type ThemeStack = { roots: ThemeDraft[]; open: Level[]; loose?: ThemeDraft };

/** An empty stack. */
export const themeStack = (): ThemeStack => ({ roots: [], open: [] });

/** Opens a theme at a depth (1 at the top), closing any open at that depth or deeper. */
export function openTheme(stack: ThemeStack, draft: ThemeDraft, depth: number, key: string): void {
  while ((stack.open.at(-1)?.depth ?? 0) >= depth) stack.open.pop();
  (stack.open.at(-1)?.draft.children ?? stack.roots).push(draft);
  stack.open.push({ key, draft, depth });
}

/** The theme rows go into: the deepest open one, else one with no heading (after the last theme read). */
export function currentTheme(stack: ThemeStack): ThemeDraft {
  const top = stack.open.at(-1)?.draft;
  if (top !== undefined) return top;
  if (stack.loose === undefined || stack.roots.at(-1) !== stack.loose) {
    stack.loose = { theme: {}, rows: [], children: [] };
    stack.roots.push(stack.loose);
  }
  return stack.loose;
}

/** The depth of the deepest open theme (0 when none is). */
export const openDepth = (stack: ThemeStack): number => stack.open.at(-1)?.depth ?? 0;

/** The key of the open theme at a level (from 1), if one is. */
export const keyAt = (stack: ThemeStack, level: number): string | undefined => stack.open[level - 1]?.key;

/**
 * Follows a row's themes, one key per level from the top (`undefined` where the row names none):
 * levels the row shares with the open themes stay, the rest close, new ones open (made by `make`).
 * Whether any opened.
 */
export function followThemes(
  stack: ThemeStack,
  keys: ReadonlyArray<string | undefined>,
  make: (level: number) => ThemeDraft,
): boolean {
  const deepest = keys.reduce((most, key, i) => (key === undefined ? most : i + 1), 0);
  let shared = 0;
  while (
    shared < deepest &&
    stack.open[shared]?.key === keys[shared] &&
    stack.open[shared]?.depth === shared + 1
  )
    shared += 1;
  stack.open.length = shared;
  for (let level = shared + 1; level <= deepest; level++)
    openTheme(stack, make(level), level, keys[level - 1] ?? "");
  return shared < deepest;
}

/** The finished theme tree, each draft's rows turned into actions by `build`, in document order. */
export function finishThemes(
  drafts: readonly ThemeDraft[],
  build: (draft: ThemeDraft) => Theme["actions"],
): Theme[] {
  return drafts.map((draft) => {
    const actions = build(draft) ?? [];
    const themes = finishThemes(draft.children, build);
    return {
      ...draft.theme,
      ...(themes.length > 0 ? { themes } : {}),
      ...(actions.length > 0 ? { actions } : {}),
    };
  });
}
