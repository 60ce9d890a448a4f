import type { Block, Content } from "../content/content";

/**
 * Content continued after a page break: the continuation's first paragraph joins the last
 * paragraph when it carries on the cut sentence (starts lower-case), else blocks are appended.
 */
export function appendContent(first: Content | undefined, more: Content | undefined): Content | undefined {
  if (more === undefined || more.length === 0) return first;
  if (first === undefined || first.length === 0) return more;
  const last = first.at(-1) as Block;
  const [next, ...rest] = more as [Block, ...Block[]];
  if (last.kind === "paragraph" && next.kind === "paragraph" && /^[a-z]/.test(next.text)) {
    return [...first.slice(0, -1), { ...last, text: `${last.text} ${next.text}` }, ...rest];
  }
  return [...first, ...more];
}
