import type { Theme } from "@cja-kit/core";
import { themeHeading } from "./heading";

/**
 * A theme's heading with the national outcome it serves as the plan cites it above its own words:
 * "National Community Justice Strategy Section 4" over "Improved public understanding and
 * participation in community justice" (unless the heading already says it).
 */
export function outcomeHeading(theme: Theme): string {
  const own = themeHeading(theme);
  const cited = theme.outcomeRefs?.raw.trim() ?? "";
  if (cited === "" || own.includes(cited)) return own;
  return own === "" ? cited : `${cited}\n${own}`;
}
