import type { Column } from "@cja-kit/core";
import type { LayoutChoice } from "../lookups/plan-layout";
import { usageError } from "./failure";

/** The columns a Word table is printed with: the plan's own, or a named layout's (`canonical` is CSV's alone). */
export function docxColumns(layout: LayoutChoice | undefined): readonly Column[] | undefined {
  if (layout === undefined || layout === "document") return undefined;
  if (layout === "canonical")
    throw usageError(
      "csv-only-layout",
      "--layout canonical is a CSV layout; Word and XLSX tables take document or a named layout.",
    );
  return layout;
}
