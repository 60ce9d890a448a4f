import type { Issue } from "@cja-kit/core";
import { relsPath, resolveTarget } from "./part-path";
import { readPart, type WorkbookPackage } from "./workbook-package";
import { attribute } from "./xml-events";

/** A relationship of a part: its id, its kind (the last segment of its type, e.g. `worksheet`) and the part it points to. */
export type Relationship = { id: string; kind: string; target: string };

/** The relationships of a part (none when it has no relationships part); external targets are left out. */
export function relationships(pkg: WorkbookPackage, part: string): { list: Relationship[]; issue?: Issue } {
  const list: Relationship[] = [];
  const issue = readPart(
    pkg,
    relsPath(part),
    {
      open(name, attributes) {
        if (name !== "Relationship" || attribute(attributes, "TargetMode") === "External") return;
        const target = resolveTarget(part, attribute(attributes, "Target") ?? "");
        const id = attribute(attributes, "Id");
        const kind = (attribute(attributes, "Type") ?? "").split("/").pop() ?? "";
        if (target !== undefined && id !== undefined) list.push({ id, kind, target });
      },
    },
    false,
  );
  return issue === undefined ? { list } : { list, issue };
}
