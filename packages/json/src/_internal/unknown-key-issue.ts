import { closestKey } from "./closest-key";
import type { DraftIssue } from "./draft-issue";
import { type PathSegment, shorten } from "./json-path";

/** A warning for a key the format does not know, suggesting the known key it most likely meant. */
export function unknownKeyIssue(path: PathSegment[], key: string, known: readonly string[]): DraftIssue {
  const suggestion = closestKey(key, known);
  const hint =
    suggestion === undefined
      ? `the keys read here are ${known.join(", ")}.`
      : `did you mean "${suggestion}"?`;
  return {
    code: "json/unknown-key",
    severity: "warning",
    message: `Unknown key "${shorten(key)}" was ignored: ${hint}`,
    path,
  };
}
