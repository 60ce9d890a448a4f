import type { Plan } from "@cja-kit/core";
import type { FileChild } from "docx";
import type { RenderOptions } from "../options/render-options";
import type { RenderedDocx } from "../rendered-docx";
import { assemble, contentHeight, contentWidth } from "./assemble";
import { chapterChildren } from "./chapter";
import { type Context, createContext } from "./context";
import { frontMatter } from "./front-matter";
import { heading } from "./heading";
import { resolveOptions } from "./resolve-options";

/** How a plan's themes are laid out, given the landscape page's room and the heading level to start at. */
export type ThemesLayout = (
  context: Context,
  page: { width: number; height: number },
  level: number,
) => FileChild[];

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
  const wide = contentWidth(o, "landscape");
  const portrait = { width: contentWidth(o, "portrait"), height: contentHeight(o, "portrait") };
  const front = frontMatter(context, plan, plan.title, subtitle, portrait);
  const actionsHeading =
    plan.actionsHeading === undefined
      ? []
      : [heading(context, 1, plan.actionsHeading, { path: ["actionsHeading"] })];
  const page = { width: wide, height: contentHeight(o, "landscape") };
  const appendices = (plan.appendices ?? []).flatMap((chapter, i) =>
    chapterChildren(context, chapter, { path: ["appendices", i] }, page, { level: 1, pageBreakBefore: true }),
  );
  const themes = layout(context, page, actionsHeading.length > 0 ? 2 : 1);
  const title = [plan.title, subtitle].filter((t) => t !== undefined).join(": ");
  const main = [...actionsHeading, ...themes, ...appendices];
  const coverOnly =
    plan.contents === undefined && plan.glossary === undefined && (plan.chapters ?? []).length === 0;
  return assemble(
    context,
    coverOnly
      ? [{ orientation: "landscape", children: [...front, ...main], firstPage: "untitled" }]
      : [
          { orientation: "portrait", children: front, firstPage: "cover" },
          { orientation: "landscape", children: main },
        ],
    { title: title.length > 0 ? title : `${plan.authority.name} plan`, author: plan.authority.name },
  );
}
