import { describe, expect, it } from "vitest";
import { corePropertiesPart } from "./core-properties";

describe("corePropertiesPart", () => {
  it("writes the title, creator, language and created date, escaping markup characters", () => {
    const part = corePropertiesPart({
      title: "Fish & <chips> \"for\" 'all'",
      creator: "Lothian & Borders CJA",
      language: "en-GB",
      created: new Date("2010-04-01T09:30:15.123Z"),
    });
    expect(part.path).toBe("docProps/core.xml");
    expect(part.data).toContain(
      "<dc:title>Fish &amp; &lt;chips&gt; &quot;for&quot; &apos;all&apos;</dc:title>",
    );
    expect(part.data).toContain("<dc:creator>Lothian &amp; Borders CJA</dc:creator>");
    expect(part.data).toContain("<dc:language>en-GB</dc:language>");
    expect(part.data).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2010-04-01T09:30:15Z</dcterms:created>',
    );
    expect(part.data).not.toContain("<dc:subject>");
  });
});
