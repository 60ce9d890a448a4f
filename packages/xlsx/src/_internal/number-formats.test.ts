import { describe, expect, it } from "vitest";
import { builtInFormat, formatNumber, numberFormat } from "./number-formats";

const show = (code: string | number, value: number, date1904 = false) =>
  formatNumber(value, typeof code === "number" ? builtInFormat(code) : numberFormat(code), date1904);

describe("formatNumber", () => {
  it.each([
    ["General", 1.1, "1.1"],
    ["0.00", 1.1, "1.10"],
    ["00", 4, "04"],
    ["mmmm yyyy", 39630, "July 2008"],
    ["mmm-yy", 40603, "Mar-11"],
    ["d mmmm yyyy", 40451, "30 September 2010"],
    ['"£"#,##0.00', 15000, "£15,000.00"],
    ["[$£-809]#,##0.00;[RED]\\-[$£-809]#,##0.00", 15000, "£15,000.00"],
    ["0%", 0.85, "85%"],
    ["@", 2.5, "2.5"],
  ] as const)("shows %s of %d as %s", (code, value, text) => {
    expect(show(code, value)).toBe(text);
  });

  it("shows built-in short dates day first and currency in pounds, as a UK reader sees them", () => {
    expect([show(14, 40451), show(22, 40451.5), show(7, 1234.5)]).toEqual([
      "30/09/2010",
      "30/09/2010 12:00",
      "£1,234.50",
    ]);
  });

  it("counts dates from 1904 where the workbook says so", () => {
    expect(show("d mmmm yyyy", 38168, true)).toBe("1 July 2008");
  });

  it("gives nothing for a date it cannot show or a code it cannot read", () => {
    expect([show("d mmmm yyyy", -1), show("[[bad", 3)]).toEqual([undefined, undefined]);
    expect(builtInFormat(200)).toEqual({ code: "General", date: false });
  });
});
