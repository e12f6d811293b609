/** The text of anything thrown, for a message a person reads: a thrown non-Error has no `.message`. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
