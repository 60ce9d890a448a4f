/**
 * How much of a template `fillTemplate` reads before it refuses it: the number of entries in the
 * zip, and the bytes each entry and all of them may take once inflated. Sizes are counted while
 * inflating, so a zip whose headers understate its contents stops at the limit, not after it.
 *
 * @example
 * ```ts
 * const limits: TemplateLimits = { ...defaultTemplateLimits, maxEntryBytes: 64 * 1024 * 1024 };
 * ```
 */
export type TemplateLimits = {
  /** Entries (files and folders) in the zip. @defaultValue `1000` */
  maxEntries: number;
  /** Bytes of one entry, inflated. @defaultValue `32 MiB` */
  maxEntryBytes: number;
  /** Bytes of all entries together, inflated. @defaultValue `128 MiB` */
  maxTotalBytes: number;
};

/**
 * The limits `fillTemplate` uses unless told otherwise: generous for a council's letterhead
 * template with its logos (a few hundred kilobytes), far below what would exhaust a browser tab.
 *
 * @example
 * ```ts
 * defaultTemplateLimits.maxEntries; // 1000
 * ```
 */
export const defaultTemplateLimits: Readonly<TemplateLimits> = {
  maxEntries: 1000,
  maxEntryBytes: 32 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
};
