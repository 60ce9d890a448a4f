import type { Issue } from "@cja-kit/core";
import { unescapeCellText } from "./ooxml-text";
import { readPart, type WorkbookPackage } from "./workbook-package";

/**
 * The workbook's shared strings in order: each item's text runs joined, phonetic guides (`rPh`)
 * left out as Excel shows them only on request; none when there is no shared-strings part.
 */
export function sharedStringsPart(
  pkg: WorkbookPackage,
  part: string | undefined,
): { strings: string[]; issue?: Issue } {
  const strings: string[] = [];
  if (part === undefined) return { strings };
  let item: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  const issue = readPart(
    pkg,
    part,
    {
      open(name) {
        if (name === "si") item = [];
        else if (name === "rPh") phonetic += 1;
        else if (name === "t") inText = phonetic === 0;
      },
      close(name) {
        if (name === "si") {
          strings.push(unescapeCellText((item ?? []).join("")));
          item = undefined;
        } else if (name === "rPh") phonetic -= 1;
        else if (name === "t") inText = false;
      },
      text(text) {
        if (inText) item?.push(text);
      },
    },
    false,
  );
  return issue === undefined ? { strings } : { strings, issue };
}
