import { describe, expect, it } from "vitest";
import { relsPath, resolveTarget } from "./part-path";

describe("resolveTarget and relsPath", () => {
  it("resolves targets against the source part's folder, or from the root", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../comments1.xml")).toBe("xl/comments1.xml");
    expect(resolveTarget("", "/xl/workbook.xml")).toBe("xl/workbook.xml");
  });

  it("never climbs above the package root", () => {
    expect(resolveTarget("xl/workbook.xml", "../../etc/passwd")).toBeUndefined();
  });

  it("finds a part's relationships", () => {
    expect(relsPath("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPath("")).toBe("_rels/.rels");
  });
});
