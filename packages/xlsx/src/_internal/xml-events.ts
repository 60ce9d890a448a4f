import type { Issue } from "@cja-kit/core";
import { SaxesParser } from "./deps/saxes";
import { entryText, type InflateBudget } from "./entry-text";
import { xlsxIssue } from "./xlsx-issue";
import type { ZipEntry } from "./zip-directory";

/**
 * What a part's reader does with its elements. Names come without their prefix (`x:row` is
 * `row`), as producers differ in the prefixes they use. `done` stops the read early.
 */
export type XmlHandlers = {
  open: (name: string, attributes: Readonly<Record<string, string>>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
  done?: () => boolean;
};

const local = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

/** An attribute by its local name, whatever its prefix (`r:id`, `id`). */
export function attribute(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  const own = attributes[name];
  if (own !== undefined) return own;
  for (const key in attributes) if (local(key) === name) return attributes[key];
  return undefined;
}

function parser(
  name: string,
  handlers: XmlHandlers,
  fail: (issue: Issue) => void,
  alive: () => boolean,
): SaxesParser {
  const sax = new SaxesParser({ position: true });
  // A DTD has no place in an OOXML part (ECMA-376 Part 2, 8.1.4): it is refused, never read, so no
  // entity is expanded (no XXE, no "billion laughs"); saxes itself never fetches one.
  sax.on("doctype", () =>
    fail(
      xlsxIssue(
        "doctype",
        "error",
        `"${name}" declares a DTD (<!DOCTYPE>), which a workbook never does; the part is refused so that no entity in it is expanded.`,
        { actual: name },
      ),
    ),
  );
  sax.on("error", (error) =>
    fail(
      xlsxIssue(
        "bad-xml",
        "error",
        `"${name}" is not well-formed XML (${error.message}); the workbook is damaged.`,
        { actual: name },
      ),
    ),
  );
  sax.on("opentag", (tag) => {
    if (alive()) handlers.open(local(tag.name), tag.attributes as Record<string, string>);
  });
  if (handlers.close !== undefined) {
    const close = handlers.close;
    sax.on("closetag", (tag) => {
      if (alive()) close(local(tag.name));
    });
  }
  if (handlers.text !== undefined) {
    const text = handlers.text;
    const live = (t: string) => {
      if (alive()) text(t);
    };
    sax.on("text", live);
    sax.on("cdata", live);
  }
  return sax;
}

/** Text handed to the parser a piece at a time, so that a read that stops early stops soon (an inflated slice can be hundreds of kilobytes). */
const PIECE = 8_192;

/** The text cut into pieces of about {@link PIECE} characters, never between the two halves of a surrogate pair. */
function* pieces(text: string): Generator<string> {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(at + PIECE, text.length);
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    yield text.slice(at, end);
    at = end;
  }
}

/**
 * Reads a part of the workbook as XML events while it inflates. Returns the issue that stopped it:
 * an inflating one, a DTD, or XML that is not well-formed; the events before it have been handled.
 */
export function readXmlPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  handlers: XmlHandlers,
): Issue | undefined {
  let failed: Issue | undefined;
  const going = () => failed === undefined && handlers.done?.() !== true;
  const sax = parser(
    entry.name,
    handlers,
    (issue) => {
      failed ??= issue;
    },
    going,
  );
  const write = (text: string) => {
    try {
      sax.write(text);
    } catch (error) {
      failed ??= xlsxIssue("bad-xml", "error", `"${entry.name}" is not well-formed XML (${String(error)}).`, {
        actual: entry.name,
      });
    }
  };
  const stopped = entryText(bytes, entry, budget, (text) => {
    if (handlers.done === undefined) write(text);
    else for (const piece of pieces(text)) if (going()) write(piece);
    return going();
  });
  if (stopped !== undefined) return stopped;
  if (going()) {
    try {
      sax.close();
    } catch (error) {
      failed ??= xlsxIssue("bad-xml", "error", `"${entry.name}" is not well-formed XML (${String(error)}).`, {
        actual: entry.name,
      });
    }
  }
  return failed;
}
