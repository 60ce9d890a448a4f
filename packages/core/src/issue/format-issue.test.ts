import { describe, expect, it } from "vitest";
import { contentText } from "../content/content-text";
import { paragraphs } from "../content/paragraphs";
import { createProgressEntry } from "../progress/create-progress-entry";
import { formatIssue } from "./format-issue";
import { hasErrors } from "./has-errors";

describe("formatIssue and hasErrors", () => {
  it("writes where, what and the code on one line", () => {
    expect(
      formatIssue({
        code: "csv/unknown-column",
        severity: "warning",
        message: "Kept as an extra field.",
        path: [],
        row: 1,
        column: "Notes",
      }),
    ).toBe('warning row 1 column "Notes" [csv/unknown-column]: Kept as an extra field.');
  });

  it("tells errors from warnings", () => {
    expect(hasErrors([{ code: "a", severity: "warning", message: "m", path: [] }])).toBe(false);
    expect(hasErrors([{ code: "a", severity: "error", message: "m", path: [] }])).toBe(true);
  });
});

describe("content helpers and createProgressEntry", () => {
  it("builds paragraphs, skipping empty ones, and reads them back as text", () => {
    const content = paragraphs("Website established.", "", "National Sharepoint site established");
    expect(content).toHaveLength(2);
    expect(contentText([...content, { kind: "list", marker: "bullet", items: ["Audit carried out"] }])).toBe(
      "Website established.\nNational Sharepoint site established\nAudit carried out",
    );
  });

  it("reads the status from per-council parts too, and from status wording when given", () => {
    const entry = createProgressEntry({
      action: "2.1.3",
      progress: [],
      byCouncil: [
        {
          council: "NLC",
          progress: paragraphs("A relapse group and a core group have started", "Work in progress"),
        },
      ],
    });
    expect(entry.status).toEqual({
      raw: "A relapse group and a core group have started\nWork in progress",
      status: "ongoing",
      rule: "in-progress",
      evidence: "Work in progress",
    });
    expect(
      createProgressEntry({
        action: "1",
        progress: paragraphs("Minutes forwarded to Chief Officer for information."),
        statusWording: "On target",
      }).status.status,
    ).toBe("on-track");
  });
});
