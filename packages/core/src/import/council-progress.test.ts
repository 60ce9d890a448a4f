import { describe, expect, it } from "vitest";
import { formatCouncilProgress, parseCouncilProgress } from "./council-progress";

describe("per-council progress in a cell", () => {
  it("writes each part under ## and reads it back, a line that looks like a part escaped", () => {
    const parts = [
      { council: "SLC", progress: [{ kind: "paragraph" as const, text: "Group established." }] },
      { council: "NLC", progress: [{ kind: "paragraph" as const, text: "## not a council" }] },
    ];
    const text = formatCouncilProgress(parts);
    expect(text).toBe("## SLC\nGroup established.\n## NLC\n\\## not a council");
    expect(parseCouncilProgress(text)).toEqual({ parts, stray: "" });
  });

  it("keeps blank lines inside a part and backslashes a person typed", () => {
    const parts = [
      {
        council: "SLC",
        progress: [
          { kind: "paragraph" as const, text: "First." },
          { kind: "paragraph" as const, text: "\\## kept as typed", blankLinesBefore: 1 },
        ],
      },
      { council: "NLC", progress: [] },
    ];
    const text = formatCouncilProgress(parts);
    expect(text).toBe("## SLC\nFirst.\n\n\\\\## kept as typed\n## NLC");
    expect(parseCouncilProgress(text)).toEqual({ parts, stray: "" });
  });

  it("returns text before the first part apart", () => {
    expect(parseCouncilProgress("Joint work\n## SLC\nDone").stray).toBe("Joint work");
  });
});
