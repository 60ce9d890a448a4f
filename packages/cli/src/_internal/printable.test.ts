import { describe, expect, it } from "vitest";
import { printable } from "./printable";

describe("printable", () => {
  it("shows control characters as escapes, so a hostile file cannot drive the terminal", () => {
    expect(printable("Lead\u001b]0;pwned\u0007 officer")).toBe("Lead\\u001b]0;pwned\\u0007 officer");
    expect(printable("a\u202eb\u2066c")).toBe("a\\u202eb\\u2066c");
  });

  it("keeps a message on one line", () => {
    expect(printable("first\nsecond\r\nthird")).toBe("first\\nsecond\\u000d\\nthird");
  });

  it("keeps wording as written: £, dashes, accents and emoji", () => {
    expect(printable("£25k – Résumé 👍")).toBe("£25k – Résumé 👍");
  });

  it("cuts very long text, saying how much was left out", () => {
    const line = printable("x".repeat(5000));
    expect(line).toHaveLength(2000 + "… (3000 more characters; --format json has them all)".length);
    expect(line.endsWith("… (3000 more characters; --format json has them all)")).toBe(true);
  });
});
