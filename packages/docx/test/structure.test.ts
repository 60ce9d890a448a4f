import { describe, expect, it } from "vitest";
import { crossRenders, renderedSeeds } from "./support/seeds";
import { cellsOf, cellWidth, gridOf, partOf, rowsOf, tablesOf } from "./support/xml";

describe.each(renderedSeeds)("seed $id as a $kind", ({ kind, render }) => {
  it("gives every table a fixed grid in twips that each row's cell widths match", async () => {
    const tables = tablesOf(await partOf(render()));
    for (const table of tables) {
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = gridOf(table);
      expect(table).toContain(`<w:tblW w:type="dxa" w:w="${grid.reduce((a, b) => a + b, 0)}"/>`);
      for (const row of rowsOf(table)) {
        let column = 0;
        for (const cell of cellsOf(row)) {
          const { width, span } = cellWidth(cell);
          expect(width).toBe(grid.slice(column, column + span).reduce((a, b) => a + b, 0));
          column += span;
        }
        expect(column).toBe(grid.length);
      }
    }
  });

  it("sets tables in landscape and prose in portrait", async () => {
    const xml = await partOf(render());
    const sizes = [...xml.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="(\w+)"\/>/g)].map((m) => m[3]);
    expect(sizes).toEqual(
      {
        "committee-report": ["portrait"],
        "action-plan": ["portrait", "landscape"],
        "progress-report": ["landscape"],
        "implementation-plan": ["landscape"],
      }[kind],
    );
  });

  it("declares the text British English in the default run style", async () => {
    expect(await partOf(render(), "word/styles.xml")).toMatch(
      /<w:rPrDefault><w:rPr>.*<w:lang w:val="en-GB"\/>/s,
    );
  });
});

describe.each(renderedSeeds.filter((seed) => seed.kind !== "committee-report"))(
  "seed $id as a $kind",
  ({ render }) => {
    it("starts every action table with a header row repeated on each page, and keeps each of its rows on one page", async () => {
      const tables = tablesOf(await partOf(render())).filter((table) =>
        rowsOf(table)[0]?.includes("<w:tblHeader/>"),
      );
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) for (const row of rowsOf(table)) expect(row).toContain("<w:cantSplit/>");
    });
  },
);

describe("every seed plan as every plan kind", () => {
  it.each(crossRenders())("renders $name without issues", async ({ rendered }) => {
    expect(rendered.issues).toEqual([]);
    expect(tablesOf(await partOf(rendered)).length).toBeGreaterThan(0);
  });
});
