/** Text cut to a length fit for a message: a whole 1 MB cell must not be copied into each issue. */
export function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
