import type { Plan } from "@cja-kit/core";
import type { FileChild } from "docx";
import type { RenderOptions } from "../options/render-options";
import type { RenderedDocx } from "../rendered-docx";
import { assemble, contentWidth } from "./assemble";
import { chapterChildren } from "./chapter";
import { type Context, createContext } from "./context";
import { contentsTargets, frontMatter, type Target } from "./front-matter";
import { heading } from "./heading";
import { resolveOptions } from "./resolve-options";

/** How a plan's themes are laid out, given the landscape width and the heading level to start at. */
export type ThemesLayout = (context: Context, width: number, level: number) => FileChild[];

const mark = (target: Target | undefined) => (target === undefined ? {} : { bookmark: target.bookmark });

/**
 * A plan as a document: the front matter in portrait (cover, contents, glossary, chapters), then
 * in landscape the actions heading, the themes as the layout sets them, and the appendices.
 */
export function planDocument(
  plan: Plan,
  options: RenderOptions,
  layout: ThemesLayout,
  subtitle?: string,
): RenderedDocx {
  const context = createContext(resolveOptions(options));
  const o = context.options;
  const targets = contentsTargets(context, plan);
  const wide = contentWidth(o, "landscape");
  const front = frontMatter(context, plan, plan.title, subtitle, targets, contentWidth(o, "portrait"));
  const actionsHeading =
    plan.actionsHeading === undefined
      ? []
      : [heading(context, 1, plan.actionsHeading, { path: ["actionsHeading"] }, mark(targets.actions))];
  const appendices = (plan.appendices ?? []).flatMap((chapter, i) =>
    chapterChildren(context, chapter, { path: ["appendices", i] }, wide, {
      level: 1,
      pageBreakBefore: true,
      ...mark(targets.appendices[i]),
    }),
  );
  const themes = layout(context, wide, actionsHeading.length > 0 ? 2 : 1);
  const title = [plan.title, subtitle].filter((t) => t !== undefined).join(": ");
  const main = [...actionsHeading, ...themes, ...appendices];
  const coverOnly =
    plan.contents === undefined && plan.glossary === undefined && (plan.chapters ?? []).length === 0;
  return assemble(
    context,
    coverOnly
      ? [{ orientation: "landscape", children: [...front, ...main] }]
      : [
          { orientation: "portrait", children: front },
          { orientation: "landscape", children: main },
        ],
    { title: title.length > 0 ? title : `${plan.authority.name} plan`, author: plan.authority.name },
  );
}
