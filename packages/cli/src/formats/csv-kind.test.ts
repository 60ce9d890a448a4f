import { describe, expect, it } from "vitest";
import { csvKind } from "./csv-kind";

describe("csvKind", () => {
  it("tells a committee report by its six headings", () => {
    expect(csvKind(["Field", "Section number", "Section title", "Role", "Paragraph number", "Text"])).toBe(
      "committee-report",
    );
  });

  it("tells a progress return by a heading only returns have", () => {
    expect(csvKind(["Period", "Action", "Progress", "Status"])).toBe("progress-return");
    expect(csvKind(["Quarter", "Action No", "Update"])).toBe("progress-return");
  });

  it("takes a table with plan headings for a plan, even beside a Period column", () => {
    expect(csvKind(["Theme 1 number", "Theme 1 title", "Number", "Title", "Period"])).toBe("plan");
    expect(csvKind(["Key Measure", "Timescale", "Period"])).toBe("plan");
    expect(csvKind(["Action", "Local outcome", "Local target", "Key actions", "Progress"])).toBe("plan");
    expect(csvKind(["No.", "Deliverable", "Timescale"])).toBe("plan");
  });
});
