import { describe, expect, it } from "vitest";
import { findCycle } from "./find-cycle";

describe("findCycle", () => {
  it("finds a theme among its own themes, at the place it comes round", () => {
    const theme: { title: string; themes: unknown[] } = { title: "Reducing reoffending", themes: [] };
    theme.themes.push({ title: "Inner", themes: [theme] });
    expect(findCycle({ themes: [theme] })).toEqual(["themes", 0, "themes", 0, "themes", 0]);
  });

  it("passes an object shared by two branches, which is not a cycle", () => {
    const authority = { id: "lanarkshire", name: "Lanarkshire Community Justice Authority" };
    expect(findCycle({ authority, recipient: authority, list: [authority, authority] })).toBeUndefined();
  });

  it("walks 100,000 levels without overflowing the stack", () => {
    let value: { next?: unknown } = {};
    const root = value;
    for (let i = 0; i < 100_000; i++) {
      const next = {};
      value.next = next;
      value = next;
    }
    expect(findCycle(root)).toBeUndefined();
    value.next = root;
    expect(findCycle(root)?.length).toBe(100_001);
  });

  it("finds a theme that holds itself, and an array inside itself", () => {
    const theme = { title: "Reducing reoffending", themes: [] as unknown[] };
    theme.themes.push(theme);
    const rows: unknown[] = [["Action", "Lead"]];
    rows.push(rows);
    expect(findCycle({ themes: [theme] })).toEqual(["themes", 0, "themes", 0]);
    expect(findCycle(rows)).toEqual([1]);
  });

  it("passes values that are not objects", () => {
    expect([findCycle("x"), findCycle(null), findCycle(1)]).toEqual([undefined, undefined, undefined]);
  });
});
