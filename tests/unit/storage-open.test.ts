import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS, openPitchDB, type Migration } from '../../src/storage/open';
import { saveProfile } from '../../src/storage/profile';
import { putPoints, listPoints } from '../../src/storage/points';
import { DB_NAME } from '../../src/storage/schema';
import { makePoint, snapshot } from './storage-fixtures';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

/**
 * A pretend next release: a new index, and a field backfilled on every existing record. It
 * stands in for whatever v2 really brings, to prove the upgrade path keeps what v1 stored.
 */
const testV2: Migration = async (_db, tx) => {
  unwrap(tx.objectStore('points')).createIndex('by-origin', 'origin');
  let cursor = await tx.objectStore('points').openCursor();
  while (cursor) {
    if (cursor.value.onMeetingCard === undefined) await cursor.update({ ...cursor.value, onMeetingCard: false });
    cursor = await cursor.continue();
  }
};

async function v1WithData() {
  const db = await openPitchDB(DB_NAME);
  const points = Array.from({ length: 250 }, (_, i) =>
    makePoint({ id: `p-${i}`, order: i, origin: i % 5 === 0 ? 'starter' : 'user', ...(i === 7 ? { onMeetingCard: true } : {}) }),
  );
  await putPoints(db, points);
  await saveProfile(db, { manager: 'Sam', days: 'Tuesdays' });
  await db.put('meta', true, 'starterSeeded');
  return { db, points };
}

describe('openPitchDB', () => {
  it('creates the current schema on first open', async () => {
    const db = await openPitchDB();
    expect(db.name).toBe(DB_NAME);
    expect(db.version).toBe(MIGRATIONS.length);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'outcomes', 'points', 'profile', 'rehearsals']);
    expect([...db.transaction('points').store.indexNames].sort()).toEqual(['by-category', 'by-updatedAt']);
    db.close();
  });

  it('upgrades a v1 database full of records to a later version without losing any', async () => {
    const { db: v1, points } = await v1WithData();
    v1.close();

    const v2 = await openPitchDB(DB_NAME, { migrations: [...MIGRATIONS, testV2] });
    expect(v2.version).toBe(MIGRATIONS.length + 1);
    const stored = await listPoints(v2);
    expect(stored).toHaveLength(points.length);
    for (const point of points) {
      expect(stored.find((p) => p.id === point.id)).toEqual({ ...point, onMeetingCard: point.onMeetingCard ?? false });
    }
    const starters = await unwrapCount(v2, 'starter');
    expect(starters).toBe(50);
    expect(await v2.get('profile', 'profile')).toEqual({ manager: 'Sam', days: 'Tuesdays' });
    expect(await v2.get('meta', 'starterSeeded')).toBe(true);
    v2.close();
  });

  it('keeps the old version and every record when an upgrade step fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { db: v1 } = await v1WithData();
    const before = await snapshot(v1);
    v1.close();

    const broken: Migration = async (_db, tx) => {
      await tx.objectStore('points').clear();
      throw new Error('step failed half way');
    };
    await expect(openPitchDB(DB_NAME, { migrations: [...MIGRATIONS, broken] })).rejects.toThrow();

    const again = await openPitchDB(DB_NAME);
    expect(again.version).toBe(MIGRATIONS.length);
    expect(await snapshot(again)).toBe(before);
    again.close();
  });

  it('closes an open connection when a newer version needs the database, so the upgrade is not stuck', async () => {
    const onClose = vi.fn();
    const old = await openPitchDB(DB_NAME, { onClose });
    const newer = await openPitchDB(DB_NAME, { migrations: [...MIGRATIONS, testV2] });
    expect(newer.version).toBe(MIGRATIONS.length + 1);
    expect(onClose).toHaveBeenCalledOnce();
    expect(() => old.transaction('points')).toThrow();
    newer.close();
  });
});

async function unwrapCount(db: Awaited<ReturnType<typeof openPitchDB>>, origin: string): Promise<number> {
  // The test-only index is not part of PitchDB's type, so it is read through the raw API.
  const index = unwrap(db.transaction('points').store).index('by-origin');
  return new Promise((resolve, reject) => {
    const request = index.count(origin);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('count failed'));
  });
}
