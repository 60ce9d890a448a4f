import type { Issue } from "@cja-kit/core";
import type { Node } from "jsonc-parser";
import type { DraftIssue } from "./draft-issue";
import { jsonPath } from "./json-path";
import { lineIndex } from "./line-index";
import { locatePaths } from "./locate-paths";

/**
 * Issues ready to hand out: each placed in the text (its line as `row`) and its message led by
 * where it is, `$.data.themes[0].title, line 12, column 7: …`; at most `maxIssues` of them.
 * `tree` is the parsed text, where paths are found; absent when the text is not JSON.
 */
export function finishIssues(
  text: string,
  drafts: DraftIssue[],
  tree: Node | undefined,
  maxIssues: number,
): Issue[] {
  const kept = drafts.slice(0, maxIssues);
  const unplaced = kept.filter((draft) => draft.offset === undefined);
  const found =
    tree !== undefined && unplaced.length > 0
      ? locatePaths(
          tree,
          unplaced.map((draft) => draft.path),
        )
      : [];
  const offsets = new Map(unplaced.map((draft, index) => [draft, found[index]]));
  const position = kept.length > 0 ? lineIndex(text) : undefined;
  const issues = kept.map((draft): Issue => {
    const { offset, ...issue } = draft;
    const at = offset ?? offsets.get(draft);
    if (at === undefined || position === undefined)
      return issue.path.length === 0
        ? issue
        : { ...issue, message: `${jsonPath(issue.path)}: ${issue.message}` };
    const { line, column } = position(at);
    return {
      ...issue,
      row: line,
      message: `${jsonPath(issue.path)}, line ${line}, column ${column}: ${issue.message}`,
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
