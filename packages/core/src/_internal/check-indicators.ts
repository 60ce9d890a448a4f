import type { Indicator } from "../indicator/indicator";
import type { Issue } from "../issue/issue";
import { findOutcome } from "../taxonomy/find-outcome";
import type { OutcomeRegistry } from "../taxonomy/outcome-registry";

type Path = Array<string | number>;
const issue = (
  code: string,
  severity: Issue["severity"],
  message: string,
  path: Path,
  actual?: string,
): Issue => ({
  code,
  severity,
  message,
  path,
  ...(actual === undefined ? {} : { actual: actual.slice(0, 200) }),
});

function seriesIssues(indicator: Indicator, path: Path): Issue[] {
  const seen = new Set<string>();
  return (indicator.series ?? []).flatMap((point, k): Issue[] => {
    const at = [...path, "series", k];
    const found: Issue[] = [];
    if (seen.has(point.period))
      found.push(
        issue(
          "indicator/duplicate-period",
          "warning",
          `${indicator.name} has two figures for ${point.period}; keep one.`,
          [...at, "period"],
          point.period,
        ),
      );
    seen.add(point.period);
    if (point.availability === "value" && point.value === undefined)
      found.push(
        issue(
          "indicator/missing-value",
          "error",
          `${indicator.name}, ${point.period}: "${point.raw}" is marked as a value but has no number; read it with parseFigure.`,
          [...at, "value"],
          point.raw,
        ),
      );
    if (point.availability !== "value" && point.value !== undefined)
      found.push(
        issue(
          "indicator/value-not-available",
          "error",
          `${indicator.name}, ${point.period}: marked ${point.availability} but has the number ${point.value}; remove one.`,
          [...at, "value"],
          point.raw,
        ),
      );
    if (point.availability === "unreadable")
      found.push(
        issue(
          "indicator/unreadable-figure",
          "warning",
          `${indicator.name}, ${point.period}: "${point.raw}" is not a figure; it is kept as written.`,
          [...at, "raw"],
          point.raw,
        ),
      );
    return found;
  });
}

function frameworkIssues(indicator: Indicator, registry: OutcomeRegistry, path: Path): Issue[] {
  const link = indicator.frameworkIndicator;
  const known =
    link === undefined || registry.frameworks[link.framework]?.indicators?.some((i) => i.id === link.id);
  return [
    ...(known
      ? []
      : [
          issue(
            "indicator/unknown-framework-indicator",
            "error",
            `${indicator.name} names indicator ${link?.id} of ${link?.framework}, which is not known; correct the link.`,
            [...path, "frameworkIndicator"],
          ),
        ]),
    ...(indicator.target !== undefined && indicator.direction === undefined
      ? [
          issue(
            "indicator/target-without-direction",
            "warning",
            `${indicator.name} has a target but no direction; say whether higher or lower is better so it can be assessed.`,
            [...path, "direction"],
          ),
        ]
      : []),
    ...(indicator.outcomeRefs?.refs ?? []).flatMap((ref, k) =>
      findOutcome(ref, registry) === undefined
        ? [
            issue(
              "outcome-ref/unknown-code",
              "error",
              `Outcome ${ref.code} of ${ref.framework} is not known; correct the reference.`,
              [...path, "outcomeRefs", "refs", k],
            ),
          ]
        : [],
    ),
  ];
}

/** The checks every list of indicators gets, wherever it sits (an indicator set, a report's outcome). */
export function checkIndicators(
  indicators: readonly Indicator[],
  registry: OutcomeRegistry,
  at: Path,
): Issue[] {
  const seen = new Set<string>();
  return indicators.flatMap((indicator, index) => {
    const path = [...at, index];
    const duplicate = seen.has(indicator.id);
    seen.add(indicator.id);
    return [
      ...(duplicate
        ? [
            issue(
              "indicator/duplicate-id",
              "error",
              `Indicator id "${indicator.id}" is used twice; give each indicator its own id.`,
              [...path, "id"],
            ),
          ]
        : []),
      ...(indicator.tolerance !== undefined && indicator.target === undefined
        ? [
            issue(
              "indicator/tolerance-without-target",
              "warning",
              `Indicator "${indicator.name}" has a tolerance but no target; set a target or remove the tolerance.`,
              [...path, "tolerance"],
            ),
          ]
        : []),
      ...seriesIssues(indicator, path),
      ...frameworkIssues(indicator, registry, path),
    ];
  });
}
