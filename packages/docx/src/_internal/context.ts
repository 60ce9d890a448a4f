import type { Issue } from "@cja-kit/core";
import type { Resolved } from "./resolve-options";

/** Where a piece of text comes from, for the issues raised about it. */
export type Where = { path: ReadonlyArray<string | number>; actionNumber?: string; column?: string };

/** The state of one rendering: its options, the issues met, and a counter for lists. */
export type Context = {
  options: Resolved;
  issues: Issue[];
  nextList: () => number;
};

// List instances are unique across renderings, so two documents filled into one template each
// number their lists from 1. docx numbers the lists of a file in the order it writes them, so
// the counter never shows in the output.
let lists = 0;

/** A fresh rendering context. */
export function createContext(options: Resolved): Context {
  return {
    options,
    issues: [],
    nextList: () => ++lists,
  };
}

/** `where` one step deeper. */
export function at(where: Where, ...steps: Array<string | number>): Where {
  return { ...where, path: [...where.path, ...steps] };
}
