import { describe, expect, it } from "vitest";
import type { Column } from "../plan/column";
import { headingRowsFit } from "./heading-rows-fit";

const numbered: Column[] = [{ field: "number", label: "No." }];
const action = { number: "1", rows: [{}] };

describe("headingRowsFit", () => {
  it("takes numbers at their depth, labels at theirs, outcome boxes under their heading", () => {
    expect(
      headingRowsFit(
        [
          {
            number: "2.",
            title: "Offender Groups",
            themes: [
              {
                number: "2.1",
                title: "Violent",
                themes: [
                  { localOutcomes: [{ kind: "paragraph", text: "Minimise harm" }], actions: [action] },
                ],
              },
            ],
          },
        ],
        numbered,
      ),
    ).toBe(true);
    expect(
      headingRowsFit(
        [{ title: "Aim 2 - Improve", themes: [{ title: "Priority Action 3: Ensure", actions: [action] }] }],
        numbered,
      ),
    ).toBe(true);
  });

  it("refuses numbers that do not say the nesting, and headings a reader would take for actions", () => {
    expect(
      headingRowsFit(
        [{ number: "2", title: "Aim", themes: [{ number: "3", title: "Priority", actions: [action] }] }],
        numbered,
      ),
    ).toBe(false);
    expect(
      headingRowsFit(
        [
          { title: "Health", actions: [action] },
          { title: "Housing", themes: [{ title: "Sub", actions: [action] }] },
        ],
        numbered,
      ),
    ).toBe(false);
    expect(headingRowsFit([{ title: "Health", actions: [action] }], [{ field: "lead", label: "Lead" }])).toBe(
      false,
    );
  });

  it("takes a plain heading after actions when an action row with its number follows", () => {
    expect(
      headingRowsFit(
        [
          { title: "Health", actions: [action] },
          { title: "Housing", actions: [action] },
        ],
        numbered,
      ),
    ).toBe(true);
  });
});
