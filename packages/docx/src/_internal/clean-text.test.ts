import { describe, expect, it } from "vitest";
import { cleanText } from "./clean-text";
import { createContext } from "./context";
import { resolveOptions } from "./resolve-options";

const clean = (text: string) => {
  const context = createContext(resolveOptions({}));
  const kept = cleanText(context, text, {
    path: ["sections", 0, "title"],
    actionNumber: "2.1.3",
    column: "Aim",
  });
  return { kept, issues: context.issues };
};

describe("cleanText", () => {
  it.each([
    ["Fish & chips <£5> \"quoted\" 'single'", "markup characters and the pound sign"],
    ["Partner's Seminar – 17 August 2007", "an en dash"],
    ["“diversion” for appropriate offenders", "curly quotes"],
    ["½ way house", "a vulgar fraction"],
    ["Café 😀 日本", "accents, an emoji (a surrogate pair) and CJK"],
    ["Column\tnext\nline\r\nand\rmore", "tabs and line breaks, kept for the runs to set"],
  ])("keeps %j (%s) as it is, without issues", (text) => {
    expect(clean(text)).toEqual({ kept: text, issues: [] });
  });

  it("removes control characters, lone surrogates and U+FFFE/U+FFFF, with one warning saying which and where", () => {
    const { kept, issues } = clean("A\u0000B\u0007C\u001bD\u007fE\u0085F\uFFFEG\uD800H\uDC00I\u000bJ\u000cK");
    expect(kept).toBe("ABCDEFGHIJK");
    expect(issues).toEqual([
      {
        code: "docx/control-character-removed",
        severity: "warning",
        path: ["sections", 0, "title"],
        actionNumber: "2.1.3",
        column: "Aim",
        message: expect.stringContaining(
          "U+0000, U+0007, U+001B, U+007F, U+0085, U+FFFE, U+D800, U+DC00, U+000B, U+000C",
        ),
      },
    ]);
    expect(issues[0]?.message).toContain("Removed 10 characters");
  });
});
