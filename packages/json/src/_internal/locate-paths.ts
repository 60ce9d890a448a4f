import { closingQuote } from "./closing-quote";
import type { PathSegment } from "./json-path";

/** The paths asked for, merged: each step taken once, whichever paths share it. */
type Step = { next: Map<PathSegment, Step>; place?: Place };

/** Where a value starts: its offset, and its line and column (both from 1). */
export type Place = { offset: number; line: number; column: number };

const QUOTE = 34;
/** What ends a number or literal: `,` `}` `]` and white space. */
const ENDS = new Set([44, 125, 93, 32, 10, 13, 9]);

/** Forgets what an earlier visit found below a step: a repeated key's last value is the one kept. */
function forget(step: Step): void {
  for (const next of step.next.values()) {
    if (next.place === undefined) continue;
    delete next.place;
    forget(next);
  }
}

/**
 * Where each path's value starts in JSON text: the place of the deepest part of the path that
 * exists (a missing key is placed at its object); of repeated keys the last, as JSON.parse takes it.
 *
 * The text must be JSON that has parsed; with `uniqueKeys` (no key repeated in an object, as the
 * reader has checked) the pass stops once every path is placed. One pass, and only the values on the way to a path are
 * looked into: strings are skipped with `indexOf`, other values by counting brackets, lines are
 * counted with `indexOf` up to each place, and no tree is built, so placing issues in a large file
 * costs a fraction of parsing it again.
 */
export function locatePaths(
  text: string,
  paths: readonly (readonly PathSegment[])[],
  options: { uniqueKeys?: boolean } = {},
): Place[] {
  const root: Step = { next: new Map() };
  // Steps not yet placed: with no key repeated, each is placed once, and the pass stops at the last.
  let unplaced = 0;
  for (const path of paths) {
    let step = root;
    for (const segment of path) {
      const known = step.next.get(segment);
      const next = known ?? { next: new Map() };
      if (known === undefined) {
        step.next.set(segment, next);
        unplaced++;
      }
      step = next;
    }
  }
  const stopEarly = options.uniqueKeys === true;
  let done = false;
  let at = 0;
  // Lines are counted only up to where a value is placed, by jumping from newline to newline.
  let line = 1;
  let lineStart = 0;
  const placeHere = (): Place => {
    for (
      let next = text.indexOf("\n", lineStart);
      next !== -1 && next < at;
      next = text.indexOf("\n", next + 1)
    ) {
      line++;
      lineStart = next + 1;
    }
    return { offset: at, line, column: at - lineStart + 1 };
  };

  const space = () => {
    for (let code = text.charCodeAt(at); code === 32 || code === 10 || code === 13 || code === 9; )
      code = text.charCodeAt(++at);
  };
  /** From an opening quote to just past the closing one. */
  const skipString = () => {
    at = closingQuote(text, at) + 1;
  };
  /** From a value's first character to just past it, without recursion. */
  const skipValue = () => {
    const first = text.charCodeAt(at);
    if (first === QUOTE) {
      skipString();
      return;
    }
    if (first !== 123 && first !== 91) {
      // A number, true, false or null: up to the next delimiter.
      for (let code = first; at < text.length && !ENDS.has(code); ) code = text.charCodeAt(++at);
      return;
    }
    let depth = 0;
    do {
      const code = text.charCodeAt(at);
      if (code === 32) {
        // Indentation is most of a pretty-printed file: pass it first.
        at++;
        continue;
      }
      if (code === QUOTE) {
        skipString();
        continue;
      }
      if (code === 123 || code === 91) depth++;
      else if (code === 125 || code === 93) depth--;
      at++;
    } while (depth > 0);
  };
  const readKey = (): string => {
    const start = at;
    skipString();
    const inner = text.slice(start + 1, at - 1);
    return inner.includes("\\") ? (JSON.parse(text.slice(start, at)) as string) : inner;
  };
  /** Into a value on the way to a path; `at` is at its first character. */
  const visit = (step: Step) => {
    if (step.place !== undefined) forget(step);
    else if (step !== root) unplaced--;
    step.place = placeHere();
    done = stopEarly && unplaced === 0;
    const opening = text.charCodeAt(at);
    if (step.next.size === 0 || (opening !== 123 && opening !== 91)) {
      skipValue();
      return;
    }
    at++;
    space();
    for (let index = 0; text.charCodeAt(at) !== 125 && text.charCodeAt(at) !== 93; index++) {
      if (done) return;
      const segment: PathSegment = opening === 123 ? readKey() : index;
      if (opening === 123) {
        space();
        at++;
      }
      space();
      const next = step.next.get(segment);
      if (next === undefined) skipValue();
      else visit(next);
      space();
      if (text.charCodeAt(at) === 44) at++;
      space();
    }
    at++;
  };

  space();
  visit(root);
  return paths.map((path) => {
    let step = root;
    let place = root.place ?? { offset: 0, line: 1, column: 1 };
    for (const segment of path) {
      const next = step.next.get(segment);
      if (next?.place === undefined) break;
      step = next;
      place = next.place;
    }
    return place;
  });
}
