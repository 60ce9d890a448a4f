import { invalidArgument } from "../_internal/guard";
import type { Checked, Issue } from "../issue/issue";
import type { Authority } from "./authority";
import { communityJusticeAuthorities } from "./community-justice-authorities";
import { communityJusticePartnerships, previousAreaCodes } from "./community-justice-partnerships";
import { nationalBodies } from "./national-bodies";

/** How well a key matched: a code beats an id, an id a name, a name another way of writing it. */
type Rank = 1 | 2 | 3 | 4;
type Entry = { authority: Authority; keys: Array<{ key: string; rank: Rank }> };

// Words that name the kind of body rather than which one, and "and" / "&" (written either way).
const NOISE =
  /\b(?:the|and|council|community justice (?:partnership|authority)|community planning|partnership|cja|cjp)\b/g;

/** Lower case, "&" and filler words dropped, punctuation and hyphens as spaces, space collapsed. */
function authorityKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, " ")
    .replace(/[^a-z0-9\s]+/g, " ")
    .replace(NOISE, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// Other ways the areas are written in documents.
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  "city-of-edinburgh": ["Edinburgh", "Edinburgh City"],
  "glasgow-city": ["Glasgow"],
  "aberdeen-city": ["Aberdeen"],
  "dundee-city": ["Dundee"],
  "na-h-eileanan-siar": ["Eilean Siar", "Western Isles", "Comhairle nan Eilean Siar", "Na h-Eileanan an Iar"],
  "orkney-islands": ["Orkney"],
  "shetland-islands": ["Shetland"],
  "scottish-borders": ["Borders"],
};

function entryOf(authority: Authority): Entry {
  const codes = [
    authority.areaCode,
    ...(previousAreaCodes[authority.id as keyof typeof previousAreaCodes] ?? []),
  ];
  return {
    authority,
    keys: [
      ...codes.flatMap((code) => (code === undefined ? [] : [{ key: code.toLowerCase(), rank: 1 as const }])),
      ...(authority.id === undefined ? [] : [{ key: authorityKey(authority.id), rank: 2 as const }]),
      ...(authority.cja === undefined ? [] : [{ key: authorityKey(authority.cja), rank: 2 as const }]),
      { key: authorityKey(authority.name), rank: 3 },
      ...(ALIASES[authority.id ?? ""] ?? []).map((alias) => ({ key: authorityKey(alias), rank: 4 as const })),
    ],
  };
}

let index: Entry[] | undefined;
const entries = (): Entry[] => {
  index ??= [
    ...Object.values(communityJusticePartnerships),
    ...Object.values(communityJusticeAuthorities),
    ...Object.values(nationalBodies),
  ].map(entryOf);
  return index;
};

function bestRank(entry: Entry, key: string): Rank | undefined {
  const ranks = entry.keys.filter((candidate) => candidate.key === key).map((candidate) => candidate.rank);
  return ranks.length === 0 ? undefined : (Math.min(...ranks) as Rank);
}

const describe = (authority: Authority) =>
  `${authority.name} (${authority.kind === "cja" ? "CJA" : authority.kind}${authority.areaCode === undefined ? "" : `, ${authority.areaCode}`})`;

function notFound(text: string): Issue {
  return {
    code: "authority/unknown",
    severity: "error",
    message: `"${text}" names no known CJA, partnership or national body; give a council area name (e.g. West Dunbartonshire), its code (e.g. "S12000039"), a CJA (e.g. Lanarkshire) or Community Justice Scotland.`,
    path: [],
    actual: text.slice(0, 200),
  };
}

/**
 * Finds one of the eight CJAs, 32 community justice partnerships or national bodies by how a
 * user or a document names it: a council area code (`S12000039`, also a code replaced in 2018-19
 * such as `S12000046`), an id (`west-dunbartonshire`, `lanarkshire`), a name written any usual
 * way ("West Dunbartonshire", "Argyll & Bute", "Lothian and Borders CJA", "Eilean Siar"). Case,
 * punctuation, "&"/"and" and words such as "Council" or "Community Justice Partnership" do not
 * matter. A code beats an id, an id a name, a name another way of writing it.
 *
 * @param text - The name or code as given.
 * @returns The body; with a warning `authority/ambiguous` when a weaker match names another body
 *   (e.g. "Glasgow": the CJA, also the city's partnership); `authority/unknown` when none matches;
 *   `usage/invalid-argument` when `text` is not a string.
 * @example
 * ```ts
 * findAuthority("S12000039").value?.name; // "West Dunbartonshire" (if ok)
 * findAuthority("lanarkshire").value?.kind; // "cja"
 * ```
 */
export function findAuthority(text: string): Checked<Authority> {
  if (typeof text !== "string")
    return { ok: false, issues: [invalidArgument("findAuthority", "a name or code as a string", text)] };
  const key = authorityKey(text);
  const found = entries()
    .map((entry) => ({ authority: entry.authority, rank: key === "" ? undefined : bestRank(entry, key) }))
    .filter((match): match is { authority: Authority; rank: Rank } => match.rank !== undefined)
    .sort((a, b) => a.rank - b.rank);
  const best = found[0];
  if (best === undefined) return { ok: false, issues: [notFound(text)] };
  const others = found.slice(1).map((match) => match.authority);
  const issues: Issue[] =
    others.length === 0
      ? []
      : [
          {
            code: "authority/ambiguous",
            severity: "warning",
            message: `"${text}" was read as ${describe(best.authority)}; it could also mean ${others.map(describe).join(", ")}: give a code or id to be sure.`,
            path: [],
            actual: text.slice(0, 200),
          },
        ];
  return { ok: true, value: best.authority, issues };
}
