import { describe, expect, it } from "vitest";
import { markRun, openRun, richText } from "./rich-runs";

const run = (text: string, ...props: [string, Record<string, string>][]) => {
  const open = openRun();
  open.text = text;
  for (const [name, attributes] of props) markRun(open, name, attributes);
  return open;
};

describe("rich-text runs", () => {
  it("reads bold, italic, underline and superscript as Excel and LibreOffice write them", () => {
    expect(
      richText([
        run("Year 1", ["u", {}]),
        run(" and ", ["sz", { val: "11" }], ["color", { rgb: "FFFF0000" }], ["rFont", { val: "Calibri" }]),
        run("bold", ["b", { val: "true" }]),
        run("it", ["i", {}]),
        run("th", ["vertAlign", { val: "superscript" }]),
      ]).runs,
    ).toEqual([
      { text: "Year 1", underline: true },
      { text: " and " },
      { text: "bold", bold: true },
      { text: "it", italic: true },
      { text: "th", superscript: true },
    ]);
  });

  it("reads a property turned off, no underline and a subscript as no mark", () => {
    expect(
      richText([
        run("a", ["b", { val: "0" }], ["i", { val: "false" }], ["u", { val: "none" }]),
        run("2", ["vertAlign", { val: "subscript" }]),
      ]).runs,
    ).toEqual([{ text: "a" }, { text: "2" }]);
  });

  it("undoes the _xHHHH_ escape in each run, leaves empty runs out and names words struck through", () => {
    expect(
      richText([
        run("Draft_x000D_", ["strike", {}]),
        run(""),
        run(" due ", ["strike", { val: "1" }]),
        run("May"),
      ]),
    ).toEqual({ runs: [{ text: "Draft\r" }, { text: " due " }, { text: "May" }], struck: "Draft … due" });
  });
});
