/** One step of a path into a document: an object key or an array index. */
export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const SHOWN = 60;

/** A string cut to a length a message can show, marked with an ellipsis where cut. */
export function shorten(text: string, length = SHOWN): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** A path as a JSONPath for people, `$.data.themes[0].flags["area-plan-2011-14"]`; long keys cut. */
export function jsonPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === "number") return `${out}[${segment}]`;
    const shown = shorten(segment);
    return IDENTIFIER.test(segment) ? `${out}.${shown}` : `${out}[${JSON.stringify(shown)}]`;
  }, "$");
}
