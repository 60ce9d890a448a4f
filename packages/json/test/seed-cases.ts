import { partnershipDocuments, seedDocuments } from "@cja-kit/seed-data";
import type { CjaDocument } from "../src/index";

/**
 * Every document of the five seeds, as the JSON documents they make, named by seed and format,
 * then the documents of today's partnerships and national bodies.
 */
export const seedCases: ReadonlyArray<{ name: string; document: CjaDocument }> = [
  ...seedDocuments.flatMap((seed) => {
    const documents: CjaDocument[] =
      seed.kind === "committee-report"
        ? [{ format: "committee-report", data: seed.report }]
        : [
            { format: "plan", data: seed.plan },
            { format: "progress-return", data: seed.progress },
            ...(seed.indicators === undefined
              ? []
              : [{ format: "indicator-set" as const, data: seed.indicators }]),
          ];
    return documents.map((document) => ({
      name: `${seed.seed.slice(0, 3)} ${seed.slug} ${document.format}`,
      document,
    }));
  }),
  ...partnershipDocuments.flatMap((entry) =>
    entry.documents.map((document, index) => ({
      name: `${entry.slug} ${index} ${document.format}`,
      document,
    })),
  ),
];

/** One seed document of a format, for tests that need any real one. */
export function seedOf<F extends CjaDocument["format"]>(format: F): CjaDocument<F> {
  const found = seedCases.find(
    (each): each is { name: string; document: CjaDocument<F> } => each.document.format === format,
  );
  if (found === undefined) throw new Error(`No seed document of format ${format}.`);
  return found.document;
}
