import { describe, expect, it } from "vitest";
import { Content } from "../content/content";
import { parseContent } from "../content/parse-content";
import { appendContent } from "./append-content";

describe("appendContent", () => {
  it("joins a sentence cut by a page break, as before where there are no marks", () => {
    expect(appendContent(parseContent("Review of the"), parseContent("registration scheme"))).toEqual([
      { kind: "paragraph", text: "Review of the registration scheme" },
    ]);
  });

  it("keeps the marks of both halves when it joins them (seed 002's superscript ordinal)", () => {
    const joined = appendContent(
      parseContent("The project was **formally**"),
      parseContent("adopted on 5^th^ June 2008"),
    );
    expect(joined).toEqual(parseContent("The project was **formally** adopted on 5^th^ June 2008"));
    expect(Content.safeParse(joined).success).toBe(true);
    expect(appendContent(parseContent("**Bold**"), parseContent("**cut** here"))).toEqual(
      parseContent("**Bold cut** here"),
    );
  });
});
