import type { ReportSection, ReportSectionRole } from "@cja-kit/core";

/** The roles of the sections that come before a report's results; implications and the rest follow them. */
const LEADING: ReadonlySet<ReportSectionRole> = new Set<ReportSectionRole>([
  "purpose",
  "recommendations",
  "background",
  "body",
]);

/** Where sections of results go in a report: after its purpose, recommendations, background and body. */
export const insertionPoint = (sections: readonly ReportSection[]): number => {
  const index = sections.findIndex((section) => !LEADING.has(section.role));
  return index === -1 ? sections.length : index;
};

const PLAIN = /^(\d+)(\.?)$/;

/** `old`'s paragraph number moved to section `now`: "7.1" under 7 becomes "9.1" under 9; others as written. */
const moved = (paragraph: string | undefined, old: string, now: string): string | undefined =>
  paragraph?.startsWith(`${old}.`) && paragraph.length > old.length + 1
    ? `${now}.${paragraph.slice(old.length + 1)}`
    : paragraph;

function shifted(section: ReportSection, old: string, now: string): ReportSection {
  const bare = old.replace(/\.$/, "");
  const nowBare = now.replace(/\.$/, "");
  return {
    ...section,
    paragraphs: section.paragraphs.map((p) => {
      const number = moved(p.number, bare, nowBare);
      return number === undefined ? p : { ...p, number };
    }),
  };
}

/** A report's sections and their numbers, with `count` sections inserted at `at`, numbered on. */
export type Inserted = {
  sections: ReportSection[];
  numbers: Array<string | undefined>;
  inserted: Array<string | undefined>;
};

/**
 * Numbers for `count` sections inserted at `at` among a report's sections: where the report
 * numbers its sections 1, 2, 3 (with or without a full stop), the new ones go on from the section
 * before them and the sections after move up, with their paragraphs' numbers ("7.1" → "9.1");
 * a report numbered otherwise keeps its numbers and the new sections have none.
 */
export function insertSections(
  sections: readonly ReportSection[],
  numbers: ReadonlyArray<string | undefined>,
  at: number,
  count: number,
): Inserted {
  const given = numbers.filter((n): n is string => n !== undefined);
  const plain = given.every((n) => PLAIN.test(n)) && (given.length > 0 || sections.length === 0);
  if (!plain)
    return { sections: [...sections], numbers: [...numbers], inserted: Array(count).fill(undefined) };
  const stop = given[0]?.endsWith(".") === true ? "." : "";
  const before = numbers.slice(0, at).filter((n): n is string => n !== undefined);
  const last = Number.parseInt(before.at(-1) ?? "0", 10);
  const inserted = Array.from({ length: count }, (_, i) => `${last + i + 1}${stop}`);
  const later = (n: string) => `${Number.parseInt(n, 10) + count}${stop}`;
  return {
    sections: sections.map((s, i) => {
      const n = numbers[i];
      return i < at || n === undefined ? s : shifted(s, n, later(n));
    }),
    numbers: numbers.map((n, i) => (i < at || n === undefined ? n : later(n))),
    inserted,
  };
}
