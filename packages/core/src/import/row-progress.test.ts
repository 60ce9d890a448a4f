import { describe, expect, it } from "vitest";
import type { ProgressKey } from "./read-row-cells";
import { rowProgress } from "./row-progress";

const cells = (entries: Array<[ProgressKey, string]>) =>
  new Map(entries.map(([key, text]) => [key, { text, column: key }]));
const read = (entries: Array<[ProgressKey, string]>, councils = new Set<string>()) =>
  rowProgress(cells(entries), { row: 4, councils, perCouncilLines: true });

describe("rowProgress", () => {
  it.each(["Complete", "COMPLETE", "On Target"])(
    "reads the status %j in any case, keeping the wording",
    (text) => {
      const { value, issues } = read([["status", text]]);
      expect(value.status?.raw).toBe(text);
      expect(value.status?.status).not.toBe("unknown");
      expect(issues).toEqual([]);
    },
  );

  it("takes a canonical status as a canonical table writes it, with its rule whatever the columns' order", () => {
    expect(
      read([
        ["statusRule", "manual"],
        ["status", "on-track"],
      ]).value.status,
    ).toEqual({ raw: "", status: "on-track", rule: "manual" });
  });

  it("keeps unrecognised status wording, with a warning", () => {
    const { value, issues } = read([["status", "See the minutes"]]);
    expect(value.status).toMatchObject({ raw: "See the minutes", status: "unknown" });
    expect(issues).toMatchObject([
      { code: "table/unknown-status", row: 4, column: "status", actual: "See the minutes" },
    ]);
  });

  it("reads % complete as a decimal from 0 to 100, and reports anything else", () => {
    expect(read([["percentComplete", "40%"]]).value.percentComplete).toBe(40);
    for (const text of ["0x10", "1e2", "lots", "101", "-5"]) {
      const { value, issues, reported } = read([["percentComplete", text]]);
      expect([value.percentComplete, issues[0]?.code, reported]).toEqual([
        undefined,
        "table/bad-percentage",
        1,
      ]);
    }
  });

  it("keeps a reported rating and a revised due date", () => {
    const { value } = read([
      ["reportedRag", "AMBER"],
      ["revisedTimescale", "March 2025"],
    ]);
    expect(value.reportedRag).toEqual({ raw: "AMBER", rag: "amber" });
    expect(value.revisedTimescale?.raw).toBe("March 2025");
    expect(read([["reportedRag", "Purple"]]).value.reportedRag).toEqual({ raw: "Purple" });
  });

  it("starts a council's part at its name in bold, and reads ## parts", () => {
    const { value } = read([["progress", "Joint work began.\n**SLC**\nGroup set up."]], new Set(["slc"]));
    expect(value.byCouncil).toEqual([
      { council: "SLC", progress: [{ kind: "paragraph", text: "Group set up." }] },
    ]);
    const parts = read([["byCouncil", "Before any\n## NLC\nDone."]]);
    expect(parts.value.progress).toEqual([{ kind: "paragraph", text: "Before any" }]);
    expect(parts.issues.map((i) => i.code)).toEqual(["table/council-text-without-council"]);
  });

  it("reports a status rule with no status", () => {
    expect(read([["statusRule", "manual"]]).issues.map((i) => i.code)).toEqual(["table/rule-without-status"]);
  });
});
