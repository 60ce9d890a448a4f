import type { Node } from "jsonc-parser";
import type { PathSegment } from "./json-path";

/** The value a segment leads to; of duplicate keys the last, as JSON.parse takes it. */
function step(node: Node, segment: PathSegment): Node | undefined {
  if (node.type === "array") return typeof segment === "number" ? node.children?.[segment] : undefined;
  if (node.type !== "object") return undefined;
  const property = [...(node.children ?? [])]
    .reverse()
    .find((child) => child.children?.[0]?.value === segment);
  return property?.children?.[1];
}

/**
 * Where each path's value starts in the parsed text: the offset of the deepest part of the path
 * that exists (a missing key is placed at its object).
 */
export function locatePaths(tree: Node, paths: readonly (readonly PathSegment[])[]): number[] {
  return paths.map((path) => {
    let node = tree;
    for (const segment of path) {
      const next = step(node, segment);
      if (next === undefined) break;
      node = next;
    }
    return node.offset;
  });
}
