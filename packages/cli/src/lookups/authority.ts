import { type Authority, findAuthority as lookUp, type PlanPeriod } from "@cja-kit/core";
import { usageError } from "../_internal/failure";

// Every look-up of an authority goes through core's findAuthority: the 32 partnerships, the eight
// CJAs and the national bodies, by code, id or name.

function asCode(text: string, authority: Authority): boolean {
  const given = text.trim();
  return (
    given === authority.id ||
    given === authority.cja ||
    (authority.areaCode !== undefined && given.toUpperCase() === authority.areaCode)
  );
}

function codeOf(authority: Authority): string {
  return authority.id ?? authority.cja ?? authority.areaCode ?? authority.name;
}

/**
 * The body `--authority` names: a partnership by its council area's name ("West Dunbartonshire",
 * "Argyll & Bute"), id (`west-dunbartonshire`) or code (`S12000039`); a CJA by its code
 * (`lanarkshire`) or name ("Lothian & Borders"); or a national body ("Community Justice
 * Scotland"). A name that could mean more than one body is refused with the candidates, unless it
 * is exactly the id or code of the one it was read as.
 */
export function findAuthority(text: string): Authority {
  const found = lookUp(text);
  if (!found.ok)
    throw usageError(
      "unknown-authority",
      `--authority: ${found.issues[0]?.message ?? `"${text}" names no body cja-kit knows.`}`,
    );
  const ambiguous = found.issues.find((issue) => issue.code === "authority/ambiguous");
  if (ambiguous === undefined || asCode(text, found.value)) return found.value;
  throw usageError(
    "ambiguous-authority",
    `--authority: ${ambiguous.message.replace(/\.$/, "")} (${found.value.name} is --authority ${codeOf(found.value)}).`,
  );
}

/**
 * A note for a partnership named for a document of years before the partnerships (April 2017):
 * the CJA its area belonged to then, which such a document is likely to be; nothing otherwise.
 */
export function formerCjaNote(authority: Authority, period: PlanPeriod | undefined): string | undefined {
  if (authority.formerCja === undefined || period === undefined || period.to >= "2017-18") return undefined;
  return `note: ${authority.name} is a community justice partnership (April 2017 on); for ${period.from === period.to ? period.from : `${period.from} to ${period.to}`} its area was in a Community Justice Authority: --authority ${authority.formerCja} names it.`;
}
