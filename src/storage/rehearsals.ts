/** Rehearsal progress: the last mark the user gave each objection answer. */
import type { IDBPDatabase } from 'idb';
import { MARKS, type Mark, type RehearsalMark } from '../core/rehearsal/rehearsal';
import type { PitchDB } from './schema';

type DB = IDBPDatabase<PitchDB>;

export function listRehearsals(db: DB): Promise<RehearsalMark[]> {
  return db.getAll('rehearsals');
}

/** Records a mark for a point that exists, counting the round. */
export async function markRehearsal(db: DB, pointId: string, mark: Mark, now: number): Promise<RehearsalMark> {
  if (!(MARKS as readonly string[]).includes(mark)) throw new Error(`Can't mark a rehearsal '${String(mark)}': expected one of ${MARKS.join(', ')}.`);
  const tx = db.transaction(['points', 'rehearsals'], 'readwrite');
  if ((await tx.objectStore('points').getKey(pointId)) === undefined) throw new Error(`No pitch point has the id '${pointId}'; it may have been deleted in another window.`);
  const store = tx.objectStore('rehearsals');
  const previous = await store.get(pointId);
  const saved: RehearsalMark = { pointId, mark, markedAt: now, rounds: (previous?.rounds ?? 0) + 1 };
  await store.put(saved);
  await tx.done;
  return saved;
}
