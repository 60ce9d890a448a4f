import { describe, expect, it } from "vitest";
import { assessIndicator } from "./assess-indicator";
import type { Indicator } from "./indicator";

// Seed 002 6.1: "National target of 85% achieved and exceeded to 94%".
const icm: Indicator = {
  id: "icm-attendance",
  name: "Attendance at Integrated Case Management case conferences",
  unit: "percent",
  direction: "higher-is-better",
  target: { value: 85, raw: "85%", scope: "national" },
  actual: { value: 94, raw: "94%" },
  tolerance: { kind: "absolute", value: 5 },
};

describe("assessIndicator", () => {
  it("is ok when the target is met (ICM attendance: 94% against 85%)", () => {
    expect(assessIndicator(icm)).toEqual({
      id: "icm-attendance",
      status: "ok",
      shortfall: -9,
      because: "94% against a target of 85% (higher is better): target met.",
    });
  });

  it("warns within the tolerance and alerts beyond it", () => {
    expect(assessIndicator({ ...icm, actual: { value: 82 } })).toMatchObject({
      status: "warning",
      shortfall: 3,
    });
    expect(assessIndicator({ ...icm, actual: { value: 70 } })).toMatchObject({
      status: "alert",
      shortfall: 15,
    });
    expect(assessIndicator({ ...icm, actual: { value: 84 }, tolerance: undefined }).status).toBe("alert");
  });

  it("reads a tolerance as a share of the target", () => {
    expect(
      assessIndicator({ ...icm, actual: { value: 80 }, tolerance: { kind: "percent-of-target", value: 10 } })
        .status,
    ).toBe("warning");
  });

  it("turns the comparison round when lower is better", () => {
    const waiting: Indicator = {
      id: "wait",
      name: "Days to first appointment",
      unit: "days",
      direction: "lower-is-better",
      target: { value: 21 },
      actual: { value: 14 },
    };
    expect(assessIndicator(waiting)).toMatchObject({ status: "ok", shortfall: -7 });
    expect(assessIndicator({ ...waiting, actual: { value: 30 } })).toMatchObject({
      status: "alert",
      shortfall: 9,
    });
  });

  it("is data only with no target, unknown with no value (seed 002 2.4.7, 2.2.1)", () => {
    expect(assessIndicator({ ...icm, target: undefined }).status).toBe("data-only");
    expect(assessIndicator({ ...icm, actual: undefined })).toEqual({
      id: "icm-attendance",
      status: "unknown",
      because: "No value reported.",
    });
  });
});
