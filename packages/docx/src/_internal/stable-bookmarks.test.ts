import { describe, expect, it } from "vitest";
import { stableBookmarks } from "./stable-bookmarks";

describe("stableBookmarks", () => {
  it("numbers the contents' bookmarks from 1 in document order, anchors and page references with them", () => {
    const xml =
      '<w:hyperlink w:anchor="_Toc41"/><w:instrText> PAGEREF _Toc41 \\h </w:instrText>' +
      '<w:bookmarkStart w:id="41" w:name="_Toc41"/>x<w:bookmarkEnd w:id="41"/>' +
      '<w:bookmarkStart w:name="_Toc43" w:id="43"/>y<w:bookmarkEnd w:id="43"/>';
    expect(stableBookmarks(xml)).toBe(
      '<w:hyperlink w:anchor="_Toc1"/><w:instrText> PAGEREF _Toc1 \\h </w:instrText>' +
        '<w:bookmarkStart w:id="1" w:name="_Toc1"/>x<w:bookmarkEnd w:id="1"/>' +
        '<w:bookmarkStart w:name="_Toc2" w:id="2"/>y<w:bookmarkEnd w:id="2"/>',
    );
  });

  it("leaves a document without contents bookmarks as it is", () => {
    expect(stableBookmarks("<w:p/>")).toBe("<w:p/>");
  });
});
