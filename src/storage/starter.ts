/**
 * The starter library in the store: seeded once on a fresh install, and re-added on request.
 * A flag in the meta store, not in memory, records that seeding happened, because the service
 * worker restarts often and the user may have deleted starter points on purpose.
 */
import type { IDBPDatabase } from 'idb';
import { librarySize, tooLarge } from '../core/library-size';
import { starterPoints } from '../core/starter';
import type { PitchPoint } from '../core/point';
import { ensureFits } from './library';
import type { PitchDB } from './schema';
import { atomically } from './transaction';

type DB = IDBPDatabase<PitchDB>;

/** Adds the starter library the first time it runs for this database; returns how many points it added. */
export async function seedStarterIfNew(db: DB, now: number): Promise<number> {
  const tx = db.transaction(['points', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  const points = tx.objectStore('points');
  return atomically(tx, async (issue) => {
    if (await meta.get('starterSeeded')) return 0;
    const existing = await points.getAll();
    // A point with that id may already be here (an import that ran first): it wins.
    const ids = new Set(existing.map((point) => point.id));
    const missing = starterPoints(now).filter((point) => !ids.has(point.id));
    // Every request waits for this seeding: a library that has no room for it goes without.
    const room = tooLarge(librarySize([...existing, ...missing])) === undefined;
    if (room) for (const point of missing) issue(points.put(point));
    issue(meta.put(true, 'starterSeeded'));
    return room ? missing.length : 0;
  });
}

/**
 * Puts back the starter points the user deleted, at the end of their categories. Starter points
 * still present are left as they are, edits included.
 */
export async function restoreStarter(db: DB, now: number): Promise<{ added: number }> {
  const tx = db.transaction(['points', 'meta'], 'readwrite');
  const points = tx.objectStore('points');
  return atomically(tx, async (issue) => {
    const existing = await points.getAll();
    const ids = new Set(existing.map((point) => point.id));
    const nextOrder = new Map<string, number>();
    for (const point of existing) nextOrder.set(point.category, Math.max(nextOrder.get(point.category) ?? 0, point.order + 1));
    const missing: PitchPoint[] = starterPoints(now)
      .filter((point) => !ids.has(point.id))
      .map((point) => {
        const order = nextOrder.get(point.category) ?? 0;
        nextOrder.set(point.category, order + 1);
        return { ...point, order };
      });
    ensureFits([...existing, ...missing], 'restore the starter points');
    for (const point of missing) issue(points.put(point));
    issue(tx.objectStore('meta').put(true, 'starterSeeded'));
    return { added: missing.length };
  });
}

/**
 * Empties points, profile, meta, the outcome log, rehearsal progress and what sync remembers; returns how many points were
 * deleted. The seeding flag is written back in the same transaction, so the starter library does
 * not reappear on the next start: after "delete everything" the user gets it back only by asking
 * for it. Sync forgets this computer's past rounds rather than passing on a deletion of
 * everything: the other computers keep their copies (see `background/sync`).
 */
export async function deleteAllData(db: DB): Promise<number> {
  const stores = ['points', 'profile', 'meta', 'outcomes', 'rehearsals', 'syncKnown', 'deletions'] as const;
  const tx = db.transaction([...stores], 'readwrite');
  return atomically(tx, async (issue) => {
    const deleted = await tx.objectStore('points').count();
    for (const name of stores) issue(tx.objectStore(name).clear());
    issue(tx.objectStore('meta').put(true, 'starterSeeded'));
    return deleted;
  });
}
