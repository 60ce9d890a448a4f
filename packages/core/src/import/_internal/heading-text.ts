/** A theme heading as written in a table's first column: its number, then the rest. */
export function splitHeading(text: string): { number?: string; title?: string } {
  const match = /^(\d+(?:\.\d+)*\.?)(?:\s+(.*))?$/s.exec(text.trim());
  if (match === null) return text.trim().length === 0 ? {} : { title: text.trim() };
  const title = match[2]?.trim();
  return title === undefined || title.length === 0
    ? { number: match[1] ?? "" }
    : { number: match[1] ?? "", title };
}

/** How deep a numbered heading sits: "2." is 1, "2.3" is 2. */
export function headingDepth(number: string): number {
  return number.replace(/\.$/, "").split(".").length;
}

/** Outcome references written in a theme heading: a trailing "(A1-A5; B1-B5)" or a leading "National Outcome 9". */
export function refsInHeading(title: string): string | undefined {
  return (
    /\(([A-Z]\d?[^()]*)\)\s*$/.exec(title)?.[0]?.trim() ??
    /^National Outcomes? \d+(?:\s*(?:,|and|&)\s*\d+)*/i.exec(title)?.[0]
  );
}

const LABELLED =
  /^(?:[^\n:]{0,80}?\b)?(national outcome|local outcome|outcome|strategic aim|strategic priority|priority action|priority|aim|theme|section|objective|workstream|chapter|part)\s+(\d+[a-z]?)\b/i;

/**
 * The kind of a labelled heading ("Outcome 1: …", "Priority Action 3", "West Dunbartonshire
 * Community Justice Outcome 2: …"): its label word, lower case; `undefined` for other text.
 */
export function headingLabelKind(text: string): string | undefined {
  const first = text.split(/\r\n|\r|\n/)[0] ?? "";
  const kind = LABELLED.exec(first.trim())?.[1]?.toLowerCase();
  return kind === undefined ? undefined : kind.replace(/^(?:national|local) /, "");
}

/** Whether a first line is an outcome box's heading ("Outcome", "Outcome:"). */
export const isOutcomeBox = (text: string): boolean =>
  /^outcomes?:?$/i.test((text.split(/\r\n|\r|\n/)[0] ?? "").trim());

/** Whether a number cell continues an action across a page break ("2.1.3 cont./"). */
export const isContinued = (text: string): boolean => /cont(?:inued)?\.?\s*\/?\s*$/i.test(text.trim());
