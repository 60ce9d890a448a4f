import type { Theme } from "@cja-kit/core";

/** A theme as one cell: its number, title and outcome references as written ("2.1 Health & Wellbeing (A1-A5)"). */
export function themeHeading(theme: Theme | undefined): string {
  if (theme === undefined) return "";
  const refs = theme.outcomeRefs?.raw;
  const title = theme.title ?? "";
  return [theme.number, title, refs !== undefined && !title.includes(refs) ? refs : undefined]
    .filter((part) => part !== undefined && part.length > 0)
    .join(" ");
}
