/**
 * How big the library may grow. A backup must always import back, so the library is held to the
 * same two limits an import checks: at most `LIMITS.points` points, and an exported file of at
 * most `LIMITS.importBytes`. Every write that adds or lengthens points checks both, and so does
 * an import (for the library it would leave, not only for the file).
 *
 * The size counted is an upper bound of the export, not the export itself: each point is
 * measured as the exporter writes it, pretty-printed at its depth in the file, but with its use
 * counts, times and position at the widest a number can be written. Recording a use or moving a
 * point changes those, and must never push a library past a limit it was inside of: with this
 * measure they change nothing. The fill-ins are counted at their largest possible size for the
 * same reason: a compose saves them, and that save must never be refused.
 */
import { BACKUP_FORMAT, BACKUP_VERSION, megabytes } from './backup-format';
import { LIMITS, type PitchPoint } from './point';
import { PROFILE_KEYS } from './profile';
import { utf8Length } from './utf8';

/** The longest JSON a finite number can take: 25 characters. */
const WIDEST_NUMBER = -0.0000012345678901234567;

/**
 * Bytes this point can take in an exported file, whatever its counts and times become. The file
 * pretty-prints each point two levels deep (file → points → point); that layout is added to the
 * compact JSON here rather than written out, which is several times faster on a large library.
 */
export function pointBytes(point: PitchPoint): number {
  const widest = { ...point, order: WIDEST_NUMBER, createdAt: WIDEST_NUMBER, updatedAt: WIDEST_NUMBER, usedCount: WIDEST_NUMBER, lastUsedAt: WIDEST_NUMBER };
  const keys = Object.keys(widest).length;
  // "{" and "}" at four spaces, each field at six, with a space after its colon; a list that is
  // not empty puts each item on a line at eight spaces and its "]" on one at six.
  let lines = keys + 2;
  let indent = 4 + 6 * keys + 4;
  for (const list of [point.tags, point.use]) {
    if (list.length === 0) continue;
    lines += list.length + 1;
    indent += 8 * list.length + 6;
  }
  // The newlines between its lines, and the ",\n" parting it from the next point.
  return utf8Length(JSON.stringify(widest)) + keys + indent + (lines - 1) + 2;
}

/**
 * Everything in a file but its points: the header, the points list's brackets, and the fill-ins
 * at their largest (every one at its length limit, in characters JSON writes as six bytes).
 */
const FILE_FRAME_BYTES = (() => {
  const widest = '\u0001'.repeat(LIMITS.profileValueLength);
  const profile = Object.fromEntries(PROFILE_KEYS.map((key) => [key, widest]));
  const frame = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(0).toISOString(), points: [], profile };
  // The newline the popup ends the file with, and the brackets opening onto lines once the list has points.
  return utf8Length(JSON.stringify(frame, null, 2)) + 1 + 8;
})();

export interface LibrarySize {
  points: number;
  bytes: number;
}

export function librarySize(points: Iterable<PitchPoint>): LibrarySize {
  let count = 0;
  let bytes = FILE_FRAME_BYTES;
  for (const point of points) {
    count += 1;
    bytes += pointBytes(point);
  }
  return { points: count, bytes };
}

/** Why a library of this size cannot be kept, worded for the user; undefined when it fits. */
export function tooLarge({ points, bytes }: LibrarySize): string | undefined {
  const why = 'so that a backup of it always imports back';
  if (points > LIMITS.points) return `your library would hold ${points} points, more than the ${LIMITS.points} it can keep, ${why}. Delete some points first.`;
  if (bytes > LIMITS.importBytes) {
    return `your library would take up to ${megabytes(bytes)} in a backup, more than the ${megabytes(LIMITS.importBytes)} it can keep, ${why}. Delete or shorten some points first.`;
  }
  return undefined;
}
