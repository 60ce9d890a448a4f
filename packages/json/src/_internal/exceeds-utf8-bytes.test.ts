import { describe, expect, it } from "vitest";
import { exceedsUtf8Bytes } from "./exceeds-utf8-bytes";

describe("exceedsUtf8Bytes", () => {
  it("counts £ as two bytes and an emoji's surrogate pair as four", () => {
    expect(exceedsUtf8Bytes("£50", 4)).toBe(false);
    expect(exceedsUtf8Bytes("£50", 3)).toBe(true);
    expect(exceedsUtf8Bytes("a\u{1F600}", 5)).toBe(false);
    expect(exceedsUtf8Bytes("a\u{1F600}", 4)).toBe(true);
  });

  it("settles on length alone when it can", () => {
    expect(exceedsUtf8Bytes("€€€", Number.POSITIVE_INFINITY)).toBe(false);
    expect(exceedsUtf8Bytes("abcd", 3)).toBe(true);
  });
});
