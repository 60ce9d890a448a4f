import type { Issue } from "@cja-kit/core";
import type { DraftIssue } from "./draft-issue";
import { jsonPath } from "./json-path";
import { lineIndex } from "./line-index";
import { locatePaths, type Place } from "./locate-paths";

/**
 * Issues ready to hand out: each placed in the text (its line as `row`) and its message led by
 * where it is, `$.data.themes[0].title, line 12, column 7: …`; at most `maxIssues` of them.
 * Paths are placed only when `json` says the text parsed; `uniqueKeys` says no object repeats a key.
 */
export function finishIssues(
  text: string,
  drafts: DraftIssue[],
  parsed: { json: boolean; uniqueKeys?: boolean },
  maxIssues: number,
): Issue[] {
  const kept = drafts.slice(0, maxIssues);
  const unplaced = kept.filter((draft) => draft.offset === undefined);
  const found =
    parsed.json && unplaced.length > 0
      ? locatePaths(
          text,
          unplaced.map((draft) => draft.path),
          { uniqueKeys: parsed.uniqueKeys === true },
        )
      : [];
  const places = new Map<DraftIssue, Place | undefined>(
    unplaced.map((draft, index) => [draft, found[index]]),
  );
  // Issues the parser placed by offset (few, and only in broken files) need the lines counted.
  const position = kept.some((draft) => draft.offset !== undefined) ? lineIndex(text) : undefined;
  const issues = kept.map((draft): Issue => {
    const { offset, ...issue } = draft;
    const place = offset === undefined ? places.get(draft) : position?.(offset);
    if (place === undefined)
      return issue.path.length === 0
        ? issue
        : { ...issue, message: `${jsonPath(issue.path)}: ${issue.message}` };
    return {
      ...issue,
      row: place.line,
      message: `${jsonPath(issue.path)}, line ${place.line}, column ${place.column}: ${issue.message}`,
    };
  });
  if (drafts.length > maxIssues) issues.push(tooMany(maxIssues));
  return issues;
}

function tooMany(maxIssues: number): Issue {
  return {
    code: "json/too-many-issues",
    severity: "warning",
    message: `More issues were found than the ${maxIssues} listed (maxIssues); fix these and read again to see the rest.`,
    path: [],
  };
}
