import type { Issue } from "@cja-kit/core";
import { relationships } from "./relationships";
import { readPart, type WorkbookPackage } from "./workbook-package";
import { xlsxIssue } from "./xlsx-issue";
import { attribute } from "./xml-events";

/** A sheet as the workbook lists it: name, tab position from 1, visibility, kind and part. */
export type SheetEntry = {
  name: string;
  position: number;
  state: "visible" | "hidden" | "very-hidden";
  kind: string;
  part?: string;
};

/** What the workbook part says: its sheets, whether dates count from 1904, and its style and string parts. */
export type WorkbookInfo = {
  sheets: SheetEntry[];
  date1904: boolean;
  styles?: string;
  sharedStrings?: string;
};

function mainPart(pkg: WorkbookPackage): { part?: string; issue?: Issue } {
  const root = relationships(pkg, "");
  const office = root.list.find((r) => r.kind === "officeDocument");
  if (root.issue !== undefined) return { issue: root.issue };
  return office === undefined
    ? {
        issue: xlsxIssue(
          "missing-part",
          "error",
          "The package names no main document (_rels/.rels): it is not a workbook, or it is damaged.",
          { actual: "_rels/.rels" },
        ),
      }
    : { part: office.target };
}

const stateOf = (value: string | undefined): SheetEntry["state"] =>
  value === "hidden" ? "hidden" : value === "veryHidden" ? "very-hidden" : "visible";

/** The workbook's sheets and settings, or the issue that stops reading. */
export function workbookInfo(pkg: WorkbookPackage): WorkbookInfo | Issue {
  const main = mainPart(pkg);
  if (main.part === undefined) return main.issue as Issue;
  const listed: Array<{ name: string; state: SheetEntry["state"]; id: string }> = [];
  let date1904 = false;
  const issue = readPart(
    pkg,
    main.part,
    {
      open(name, attributes) {
        if (name === "workbookPr") date1904 = ["1", "true"].includes(attribute(attributes, "date1904") ?? "");
        if (name === "sheet")
          listed.push({
            name: attribute(attributes, "name") ?? "",
            state: stateOf(attribute(attributes, "state")),
            id: attribute(attributes, "id") ?? "",
          });
      },
    },
    true,
  );
  if (issue !== undefined) return issue;
  const rels = relationships(pkg, main.part);
  if (rels.issue !== undefined) return rels.issue;
  const byId = new Map(rels.list.map((r) => [r.id, r]));
  const sheets = listed.map(({ name, state, id }, index): SheetEntry => {
    const rel = byId.get(id);
    return {
      name,
      position: index + 1,
      state,
      kind: rel?.kind ?? "missing",
      ...(rel === undefined ? {} : { part: rel.target }),
    };
  });
  const target = (kind: string) => rels.list.find((r) => r.kind === kind)?.target;
  const styles = target("styles");
  const sharedStrings = target("sharedStrings");
  return {
    sheets,
    date1904,
    ...(styles === undefined ? {} : { styles }),
    ...(sharedStrings === undefined ? {} : { sharedStrings }),
  };
}
