import { describe, expect, it } from "vitest";
import {
  currentTheme,
  finishThemes,
  followThemes,
  openTheme,
  type ThemeDraft,
  themeStack,
} from "./theme-stack";

const draft = (title: string): ThemeDraft => ({ theme: { title }, rows: [], children: [] });

describe("the theme stack", () => {
  it("nests a theme under the open one when it is deeper, and closes those at its depth or deeper", () => {
    const stack = themeStack();
    openTheme(stack, draft("Aim 2"), 1, "a");
    openTheme(stack, draft("Priority Action 3"), 2, "b");
    openTheme(stack, draft("Priority Action 4"), 2, "c");
    openTheme(stack, draft("Aim 3"), 1, "d");
    const themes = finishThemes(stack.roots, () => []);
    expect(themes).toEqual([
      { title: "Aim 2", themes: [{ title: "Priority Action 3" }, { title: "Priority Action 4" }] },
      { title: "Aim 3" },
    ]);
  });

  it("puts rows before any theme, or after themes close, in a theme with no heading, in order", () => {
    const stack = themeStack();
    currentTheme(stack).rows.push({ number: "1", action: {}, row: {} });
    openTheme(stack, draft("Health"), 1, "h");
    stack.open.length = 0;
    currentTheme(stack).rows.push({ number: "2", action: {}, row: {} });
    expect(stack.roots.map((r) => [r.theme.title, r.rows.map((row) => row.number)])).toEqual([
      [undefined, ["1"]],
      ["Health", []],
      [undefined, ["2"]],
    ]);
  });

  it("follows a row's theme keys: shared levels stay, new ones open", () => {
    const stack = themeStack();
    const make = (level: number) => draft(`level ${level}`);
    expect(followThemes(stack, ["a", "b"], make)).toBe(true);
    expect(followThemes(stack, ["a", "b"], make)).toBe(false);
    expect(followThemes(stack, ["a", "c"], make)).toBe(true);
    expect(stack.roots[0]?.children.map((c) => c.theme.title)).toEqual(["level 2", "level 2"]);
  });
});
