import type { Authority } from "./authority";

/**
 * The national bodies that own national plans and reports: Community Justice Scotland (the
 * national body under the Community Justice (Scotland) Act 2016, which receives partnerships'
 * annual reports and returns) and the Scottish Government (which publishes the National Strategy,
 * the performance framework and the national delivery plan).
 *
 * @example
 * ```ts
 * nationalBodies["scottish-government"].kind; // "national"
 * ```
 */
export const nationalBodies: Readonly<
  Record<"community-justice-scotland" | "scottish-government", Authority>
> = {
  "community-justice-scotland": {
    id: "community-justice-scotland",
    name: "Community Justice Scotland",
    kind: "national",
    councils: [],
  },
  "scottish-government": {
    id: "scottish-government",
    name: "Scottish Government",
    kind: "national",
    councils: [],
  },
};
