import { librarySize, tooLarge } from '../core/library-size';
import type { PitchPoint } from '../core/point';

/** A write refused before it touched anything: its message is already the whole story. */
export class LibraryFull extends Error {
  override name = 'LibraryFull';
}

/** Throws, in words for the user, when the library these points make is too large to back up. */
export function ensureFits(points: Iterable<PitchPoint>, action: string): void {
  const problem = tooLarge(librarySize(points));
  if (problem) throw new LibraryFull(`Can't ${action}: ${problem}`);
}

/** The library after `changes` replace or add points by id. */
export function withChanges(existing: readonly PitchPoint[], changes: Iterable<PitchPoint>): Map<string, PitchPoint> {
  const byId = new Map(existing.map((point) => [point.id, point]));
  for (const point of changes) byId.set(point.id, point);
  return byId;
}
