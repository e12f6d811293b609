/**
 * The starter library in the store: seeded once on a fresh install, and re-added on request.
 * A flag in the meta store, not in memory, records that seeding happened, because the service
 * worker restarts often and the user may have deleted starter points on purpose.
 */
import type { IDBPDatabase } from 'idb';
import { starterPoints } from '../core/starter';
import type { PitchPoint } from '../core/point';
import type { PitchDB } from './schema';

type DB = IDBPDatabase<PitchDB>;

/** Adds the starter library the first time it runs for this database; returns how many points it added. */
export async function seedStarterIfNew(db: DB, now: number): Promise<number> {
  const tx = db.transaction(['points', 'meta'], 'readwrite');
  const meta = tx.objectStore('meta');
  const points = tx.objectStore('points');
  if (await meta.get('starterSeeded')) {
    await tx.done;
    return 0;
  }
  let added = 0;
  for (const point of starterPoints(now)) {
    // A point with that id may already be here (an import that ran first): it wins.
    if ((await points.getKey(point.id)) !== undefined) continue;
    await points.put(point);
    added += 1;
  }
  await meta.put(true, 'starterSeeded');
  await tx.done;
  return added;
}

/**
 * Puts back the starter points the user deleted, at the end of their categories. Starter points
 * still present are left as they are, edits included.
 */
export async function restoreStarter(db: DB, now: number): Promise<{ added: number }> {
  const tx = db.transaction(['points', 'meta'], 'readwrite');
  const points = tx.objectStore('points');
  const existing = await points.getAll();
  const ids = new Set(existing.map((point) => point.id));
  const nextOrder = new Map<string, number>();
  for (const point of existing) nextOrder.set(point.category, Math.max(nextOrder.get(point.category) ?? 0, point.order + 1));
  const missing: PitchPoint[] = starterPoints(now).filter((point) => !ids.has(point.id));
  for (const point of missing) {
    const order = nextOrder.get(point.category) ?? 0;
    nextOrder.set(point.category, order + 1);
    await points.put({ ...point, order });
  }
  await tx.objectStore('meta').put(true, 'starterSeeded');
  await tx.done;
  return { added: missing.length };
}

/**
 * Empties points, profile, meta, the outcome log and rehearsal progress; returns how many points
 * were deleted. The seeding flag is
 * written back in the same transaction, so the starter library does not reappear on the next
 * start: after "delete everything" the user gets it back only by asking for it.
 */
export async function deleteAllData(db: DB): Promise<number> {
  const stores = ['points', 'profile', 'meta', 'outcomes', 'rehearsals'] as const;
  const tx = db.transaction(stores, 'readwrite');
  const deleted = await tx.objectStore('points').count();
  await Promise.all(stores.map((name) => tx.objectStore(name).clear()));
  await tx.objectStore('meta').put(true, 'starterSeeded');
  await tx.done;
  return deleted;
}
