import type { Issue } from "@cja-kit/core";
import type { DraftIssue } from "./draft-issue";
import { lineIndex } from "./line-index";
import { locatePaths, type Place } from "./locate-paths";

/**
 * Issues ready to hand out: each placed in the text, its line as `row`; at most `maxIssues` of them.
 * The message does not repeat the path or the line, which `formatIssue` prints from the fields;
 * an issue the parser placed by offset (a syntax error, a refused nesting) leads with its column.
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
    if (offset === undefined) {
      const place = places.get(draft);
      return place === undefined ? issue : { ...issue, row: place.line };
    }
    const place = position?.(offset);
    if (place === undefined) return issue;
    return { ...issue, row: place.line, message: `Column ${place.column}: ${issue.message}` };
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
