import { type Column, planLayouts } from "@cja-kit/core";
import { usageError } from "../_internal/failure";

/** What `--layout` asks for: every field (`canonical`), the plan's own columns, or a named layout's. */
export type LayoutChoice = "canonical" | "document" | readonly Column[];

const NAMED: ReadonlyMap<string, readonly Column[]> = new Map(
  Object.values(planLayouts).map((layout) => [layout.id, layout.columns] as const),
);

/** The names `--layout` takes: `canonical`, `document` and the layouts core knows. */
export function layoutNames(): string[] {
  return ["canonical", "document", ...NAMED.keys()];
}

/** The layout `--layout` names. */
export function layoutOption(name: string): LayoutChoice {
  if (name === "canonical" || name === "document") return name;
  const columns = NAMED.get(name);
  if (columns === undefined)
    throw usageError(
      "unknown-layout",
      `--layout "${name}" is not a layout: give one of ${layoutNames().join(", ")}.`,
    );
  return columns;
}
