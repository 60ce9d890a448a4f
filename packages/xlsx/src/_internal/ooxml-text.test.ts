import { describe, expect, it } from "vitest";
import { escapeCellText, unescapeCellText } from "./ooxml-text";

describe("escapeCellText and unescapeCellText", () => {
  it.each([
    ["Chief Officer & <SPS>", "Chief Officer &amp; &lt;SPS&gt;"],
    ['say "on target"', "say &quot;on target&quot;"],
    ["line\r\nnext", "line_x000D_\nnext"],
    ["bell\u0007", "bell_x0007_"],
    ["_x0041_ written", "_x005F_x0041_ written"],
    ["lone \uD800", "lone _xD800_"],
    ["emoji 🙂 and tab\t", "emoji 🙂 and tab\t"],
  ])("writes %j as %j, and reads it back", (text, xml) => {
    expect(escapeCellText(text)).toBe(xml);
    const decoded = xml
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"');
    expect(unescapeCellText(decoded)).toBe(text);
  });
});
