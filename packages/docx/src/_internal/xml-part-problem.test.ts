import { describe, expect, it } from "vitest";
import { decodeXml, xmlPartProblem } from "./xml-part-problem";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

describe("xmlPartProblem", () => {
  it("accepts a part as Word writes it", () => {
    expect(
      xmlPartProblem(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document ${W}><w:body><w:p><w:r><w:t xml:space="preserve">Fish &amp; chips &#163;5</w:t></w:r></w:p></w:body></w:document>`,
      ),
    ).toBeUndefined();
  });

  it.each([
    ['<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><d>&xxe;</d>', "document type"],
    [
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>',
      "document type",
    ],
    [`<w:document ${W}><w:body></w:document>`, "not well-formed"],
    [`<w:document ${W}/><w:document ${W}/>`, "not well-formed"],
    [`<w:t ${W}>&nbsp;</w:t>`, "not well-formed"],
    ["<w:t>x</w:t>", "not well-formed"],
    [`<w:t ${W}>\u0001</w:t>`, "not well-formed"],
    ["", "not well-formed"],
    ["PK\u0003\u0004 not xml", "not well-formed"],
  ])("refuses %j", (xml, why) => {
    expect(xmlPartProblem(xml)).toContain(why);
  });
});

describe("decodeXml", () => {
  it("reads UTF-8 and UTF-16 with its byte order mark, and refuses bytes that are neither", () => {
    expect(decodeXml(new TextEncoder().encode("<a>£</a>"))).toBe("<a>£</a>");
    expect(decodeXml(Uint8Array.from([0xff, 0xfe, 0x3c, 0, 0x61, 0, 0x2f, 0, 0x3e, 0]))).toBe("<a/>");
    expect(decodeXml(Uint8Array.from([0x3c, 0x61, 0xff, 0x3e]))).toBeUndefined();
  });
});
