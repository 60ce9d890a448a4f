import type { Issue } from "@cja-kit/core";
import type { CellContext } from "./cell-value";
import { unescapeCellText } from "./ooxml-text";
import { markRun, type OpenRun, openRun, type RichText, richText } from "./rich-runs";
import { readPart, type WorkbookPackage } from "./workbook-package";

type SharedStrings = { strings: string[]; rich: Map<number, RichText> };

/** An item (`<si>`) being read: its text pieces, and its runs where it is rich text. */
type Item = { parts: string[]; runs?: OpenRun[]; run?: OpenRun };

function closeItem(item: Item | undefined, shared: SharedStrings): void {
  if (item?.runs !== undefined) shared.rich.set(shared.strings.length, richText(item.runs));
  shared.strings.push(unescapeCellText((item?.parts ?? []).join("")));
}

/**
 * The workbook's shared strings in order: each item's text runs joined, phonetic guides (`rPh`)
 * left out as Excel shows them only on request; none when there is no shared-strings part. An
 * item written as rich text (`<r>` runs) also gives its runs with their marks (`rich`, by index).
 */
export function sharedStringsPart(
  pkg: WorkbookPackage,
  part: string | undefined,
): Pick<CellContext, "strings" | "rich"> & { issue?: Issue } {
  const shared: SharedStrings = { strings: [], rich: new Map() };
  if (part === undefined) return { strings: shared.strings };
  let item: Item | undefined;
  let inText = false;
  let phonetic = 0;
  const issue = readPart(
    pkg,
    part,
    {
      open(name, attributes) {
        if (name === "si") item = { parts: [] };
        else if (name === "rPh") phonetic += 1;
        else if (name === "t") inText = phonetic === 0;
        else if (name === "r" && item !== undefined && phonetic === 0) item.run = openRun();
        else if (item?.run !== undefined) markRun(item.run, name, attributes);
      },
      close(name) {
        if (name === "si") {
          closeItem(item, shared);
          item = undefined;
        } else if (name === "rPh") phonetic -= 1;
        else if (name === "t") inText = false;
        else if (name === "r" && item?.run !== undefined) {
          item.runs ??= [];
          item.runs.push(item.run);
          item.run = undefined;
        }
      },
      text(text) {
        if (!inText || item === undefined) return;
        item.parts.push(text);
        if (item.run !== undefined) item.run.text += text;
      },
    },
    false,
  );
  const read = shared.rich.size === 0 ? { strings: shared.strings } : shared;
  return issue === undefined ? read : { ...read, issue };
}
