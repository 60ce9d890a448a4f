/**
 * A relationship's target as a part name from the package root: relative targets resolve
 * against the folder of the part that holds the relationship; `..` never climbs above the root.
 * Undefined for a target that would.
 */
export function resolveTarget(source: string, target: string): string | undefined {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  const parts = [...base];
  for (const segment of target.replace(/^\/+/, "").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  return parts.join("/");
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}
