import type { DocumentFormat } from "../document/document-format";

/**
 * Turns the data of one version of a format into the next, so that a reader of version 2 can
 * read files of version 1 (or, the other way, a reader of version 1 a file of version 2).
 * {@link read} applies migrations in sequence from the file's version to its own, picking for
 * each step the first migration of the format `from` the version reached. `migrate` gets the
 * file's `data` as parsed JSON and may change it in place or return new data; if it throws,
 * `read` reports `json/migration-failed`.
 *
 * @example
 * ```ts
 * // A version 2 reader, whose plans call `title` `name`, reading a version 1 file:
 * const renameTitle: Migration = {
 *   format: "plan",
 *   from: 1,
 *   to: 2,
 *   migrate: (data) => {
 *     const { title, ...rest } = data as Record<string, unknown>;
 *     return title === undefined ? rest : { ...rest, name: title };
 *   },
 * };
 * ```
 */
export type Migration = {
  /** The format whose data it migrates. */
  format: DocumentFormat;
  /** The version it reads. */
  from: number;
  /** The version it gives. */
  to: number;
  /** Turns data of version `from` into data of version `to`. */
  migrate: (data: unknown) => unknown;
};
