/** A thrown value as words for a message; never throws itself. */
export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? `${error.name}: ${error.message}` : `a thrown ${typeof error}`;
  } catch {
    return "an error that could not be described";
  }
}
