import { describe, expect, it } from "vitest";
import { formatPence } from "./format-pence";
import { parseMoney } from "./parse-money";

describe("parseMoney", () => {
  it.each([
    ["£15,000", 1_500_000],
    ["£30k", 3_000_000],
    ["£164,000", 16_400_000],
    ["£10,800.50", 1_080_050],
  ])("reads %s in pence", (raw, pence) => {
    expect(parseMoney(raw).value.amounts).toMatchObject([{ text: raw, pence }]);
  });

  it("keeps the words around an amount (seed 002 2.6.1, 5.1.3)", () => {
    expect(parseMoney("£25k from EVOC").value.amounts).toEqual([
      { text: "£25k", pence: 2_500_000, note: "from EVOC" },
    ]);
    expect(
      parseMoney("CJA - £2,000 Fire Police SPS British Red Cross Network Rail Families Outside Fiscal office")
        .value.amounts,
    ).toEqual([
      {
        text: "£2,000",
        pence: 200_000,
        label: "CJA",
        note: "Fire Police SPS British Red Cross Network Rail Families Outside Fiscal office",
      },
    ]);
  });

  it("reads a total with its parts and checks they add up (seed 002 3.1.4)", () => {
    const parsed = parseMoney(
      "Total 2 year project funding £102,000:  The Robertson Trust: £30,000 SPS £30,000 Scottish Government: £12,000 VOs £30,000",
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.value.total).toEqual({
      text: "£102,000",
      pence: 10_200_000,
      label: "Total 2 year project funding",
    });
    expect(parsed.value.amounts.map((a) => [a.label, a.pence])).toEqual([
      ["The Robertson Trust", 3_000_000],
      ["SPS", 3_000_000],
      ["Scottish Government", 1_200_000],
      ["VOs", 3_000_000],
    ]);
  });

  it("reports parts that do not add up to the total", () => {
    const parsed = parseMoney(
      "Total 2 year project funding £102,000: The Robertson Trust: £30,000 SPS £30,000 Scottish Government: £12,000 VOs £20,000",
    );
    expect(parsed.issues).toMatchObject([{ code: "money/parts-do-not-sum", severity: "error" }]);
    expect(parsed.issues[0]?.message).toContain("£92,000");
  });

  it.each([
    ["Existing resources", ["existing-resources"]],
    ["Existing", ["existing-resources"]],
    ["Within Section 27", ["section-27"]],
    ["Yet to be determined", ["to-be-determined"]],
    ["Already planned for", ["already-planned"]],
    ["Network Rail resources", ["partner-resources"]],
    ["3 Solicitors recruited by Scottish Legal Aid", ["in-kind"]],
    ["Existing resources Additional SG funding subject to agreement.", ["existing-resources", "pending"]],
    [
      "Existing resources\nCosts to be scoped and resource identified",
      ["existing-resources", "to-be-determined"],
    ],
  ])("reads %s as no amount, with its funding basis", (raw, bases) => {
    const parsed = parseMoney(raw);
    expect(parsed.value.amounts).toEqual([]);
    expect(parsed.value.bases).toEqual(bases);
    expect(parsed.issues).toEqual([]);
  });

  it("keeps wording with neither an amount nor a basis, with a warning", () => {
    const parsed = parseMoney("Significant resource implications post planning period");
    expect(parsed.value).toEqual({
      raw: "Significant resource implications post planning period",
      amounts: [],
      bases: [],
    });
    expect(parsed.issues).toMatchObject([{ code: "money/unparsed", severity: "warning" }]);
  });

  it("reads separate lines as separate amounts (seed 002 4.1.1)", () => {
    const parsed = parseMoney(
      "Provisional Costs: Multi Agency Risk training £10,800\nWorking with Women Offenders £9,900",
    );
    expect(parsed.value.amounts.map((a) => [a.label, a.pence])).toEqual([
      ["Provisional Costs: Multi Agency Risk training", 1_080_000],
      ["Working with Women Offenders", 990_000],
    ]);
  });
});

describe("parseMoney and huge amounts", () => {
  it("keeps an amount too large to hold exactly in the wording only, with a warning", () => {
    const parsed = parseMoney("£99,999,999,999,999,999,999");
    expect(parsed.value.amounts).toEqual([]);
    expect(parsed.issues).toMatchObject([{ code: "money/too-large", severity: "warning" }]);
  });
});

describe("formatPence", () => {
  it("writes pounds with separators, pence only when there are some", () => {
    expect(formatPence(10_200_000)).toBe("£102,000");
    expect(formatPence(1_080_050)).toBe("£10,800.50");
    expect(formatPence(5)).toBe("£0.05");
  });
});

describe("parseMoney never guesses an amount (issue 10, inputs 6 and 7)", () => {
  it.each([
    ["£15 000", 1_500_000],
    ["£1 000 000", 100_000_000],
    ["£1.5bn", 150_000_000_000],
    ["£1.5m", 150_000_000],
    ["£2 million", 200_000_000],
    ["£25K", 2_500_000],
    ["£1.2345k", 123_450],
    ["£15.5", 1_550],
  ])("reads %s exactly", (raw, pence) => {
    const parsed = parseMoney(raw);
    expect(parsed.value.amounts).toEqual([{ text: raw, pence }]);
    expect(parsed.issues).toEqual([]);
  });

  it.each(["£1,2,3", "£1.500,00", "(£500)", "£12.345", "£1,00,000", "£1.234567k"])(
    "keeps %s in the wording, reads no amount and warns",
    (raw) => {
      const parsed = parseMoney(raw);
      expect(parsed.value).toEqual({ raw, amounts: [], bases: [] });
      expect(parsed.issues.map((issue) => [issue.code, issue.severity])).toEqual([
        ["money/ambiguous-amount", "warning"],
      ]);
    },
  );

  it("reads a negative amount and says so; a dash before a spaced amount is a separator", () => {
    const parsed = parseMoney("-£500 saving");
    expect(parsed.value.amounts).toEqual([{ text: "-£500", pence: -50_000, note: "saving" }]);
    expect(parsed.issues).toMatchObject([{ code: "money/negative", severity: "info" }]);
    expect(parseMoney("CJA - £2,000").value.amounts).toEqual([
      { text: "£2,000", pence: 200_000, label: "CJA" },
    ]);
  });

  it("warns of limits, estimates, ranges and numbers without a pound sign", () => {
    expect(parseMoney("up to £5,000").issues).toMatchObject([{ code: "money/qualified-amount" }]);
    expect(parseMoney("£5,000+").issues).toMatchObject([{ code: "money/qualified-amount" }]);
    expect(parseMoney("£5,000 - £10,000").issues).toMatchObject([{ code: "money/range" }]);
    expect(parseMoney("Existing resources and 15,000 from SG").issues).toMatchObject([
      { code: "money/no-currency" },
    ]);
  });

  it("reads a 512 KB cell of amounts without running out of stack", () => {
    const raw = "£1 ".repeat(131_072);
    const parsed = parseMoney(raw);
    expect(parsed.value.amounts).toHaveLength(131_072);
    expect(parsed.value.amounts[0]).toEqual({ text: "£1", pence: 100 });
  });

  it("answers text that is not a string with an issue", () => {
    expect(parseMoney(undefined as unknown as string).issues).toMatchObject([
      { code: "usage/invalid-argument" },
    ]);
  });

  it("writes negative amounts with the sign first", () => {
    expect(formatPence(-50_000)).toBe("-£500");
    expect(formatPence(123_456_789)).toBe("£1,234,567.89");
  });
});
