import { type Authority, communityJusticeAuthorities, labelKey } from "@cja-kit/core";
import { usageError } from "../_internal/failure";

// Today core knows the eight CJAs; the 32 partnerships and core's own look-up by name or code
// replace this table when they land (see the package notes).

const SUFFIXES = /(communityjusticeauthority|communityjusticepartnership|cja|cjp)$/;

function keysOf(code: string, authority: Authority): string[] {
  const name = labelKey(authority.name);
  return [labelKey(code), name, name.replace(SUFFIXES, "")];
}

const byKey = (() =>
  new Map(
    Object.entries(communityJusticeAuthorities).flatMap(([code, authority]) =>
      keysOf(code, authority).map((key) => [key, authority] as const),
    ),
  ))();

function councilOf(key: string): Authority | undefined {
  return Object.values(communityJusticeAuthorities).find((authority) =>
    authority.councils.some((council) => labelKey(council.name) === key),
  );
}

function unknown(text: string): Error {
  const council = councilOf(labelKey(text));
  const codes = Object.keys(communityJusticeAuthorities).join(", ");
  const hint =
    council === undefined
      ? `give one of ${codes}, or the authority's name`
      : `it is a council of ${council.name} (--authority ${council.cja}); the partnerships formed in 2017 are not in this version of cja-kit`;
  return usageError("unknown-authority", `--authority "${text}" is not an authority cja-kit knows: ${hint}.`);
}

/**
 * The authority `--authority` names, by code (`lanarkshire`, `lothian-borders`) or by name as
 * written ("Lothian & Borders", "Lanarkshire Community Justice Authority", "North Strathclyde
 * CJA"), ignoring case, spacing and punctuation.
 */
export function findAuthority(text: string): Authority {
  const key = labelKey(text);
  const found = byKey.get(key) ?? byKey.get(key.replace(SUFFIXES, ""));
  if (found === undefined || key.length === 0) throw unknown(text);
  return found;
}
