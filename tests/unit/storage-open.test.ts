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

const CURRENT = MIGRATIONS.length;

/**
 * A pretend next release: a new index, and a field backfilled on every existing record. It
 * stands in for whatever the next version really brings, to prove the upgrade path keeps what
 * the current one stored.
 */
const testNext: Migration = async (_db, tx) => {
  unwrap(tx.objectStore('points')).createIndex('by-origin', 'origin');
  let cursor = await tx.objectStore('points').openCursor();
  while (cursor) {
    if (cursor.value.onMeetingCard === undefined) await cursor.update({ ...cursor.value, onMeetingCard: false });
    cursor = await cursor.continue();
  }
};

const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

async function currentWithData(migrations = MIGRATIONS) {
  const db = await openPitchDB(DB_NAME, { migrations });
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
    expect(db.version).toBe(CURRENT);
    expect([...db.objectStoreNames].sort()).toEqual(['deletions', 'meta', 'outcomes', 'points', 'profile', 'rehearsals', 'syncKnown']);
    expect([...db.transaction('points').store.indexNames].sort()).toEqual(['by-category', 'by-updatedAt']);
    db.close();
  });

  it('upgrades the previous version, full of records, with the newest migration, and loses none', async () => {
    const { db: previous, points } = await currentWithData(MIGRATIONS.slice(0, -1));
    expect(previous.version).toBe(CURRENT - 1);
    const before = await snapshot(previous);
    previous.close();
    const upgraded = await openPitchDB(DB_NAME);
    expect(upgraded.version).toBe(CURRENT);
    expect(await listPoints(upgraded)).toEqual(points);
    expect(await snapshot(upgraded)).toBe(before);
    upgraded.close();
  });

  it('upgrades a database full of records to a later version without losing any', async () => {
    const { db: current, points } = await currentWithData();
    current.close();

    const next = await openPitchDB(DB_NAME, { migrations: [...MIGRATIONS, testNext] });
    expect(next.version).toBe(CURRENT + 1);
    const stored = await listPoints(next);
    expect(stored).toHaveLength(points.length);
    for (const point of points) {
      expect(stored.find((p) => p.id === point.id)).toEqual({ ...point, onMeetingCard: point.onMeetingCard ?? false });
    }
    const starters = await unwrapCount(next, 'starter');
    expect(starters).toBe(50);
    expect(await next.get('profile', 'profile')).toEqual({ manager: 'Sam', days: 'Tuesdays' });
    expect(await next.get('meta', 'starterSeeded')).toBe(true);
    next.close();
  });

  it('keeps the old version and every record when an upgrade step fails, and says which step and why', async () => {
    const { db: current } = await currentWithData();
    const before = await snapshot(current);
    current.close();

    const broken: Migration = async (_db, tx) => {
      await tx.objectStore('points').clear();
      throw new Error('step failed half way');
    };
    await expect(openPitchDB(DB_NAME, { migrations: [...MIGRATIONS, broken] })).rejects.toThrow(
      `from version ${CURRENT} to ${CURRENT + 1}: step ${CURRENT + 1} failed (step failed half way)`,
    );

    const again = await openPitchDB(DB_NAME);
    expect(again.version).toBe(CURRENT);
    expect(await snapshot(again)).toBe(before);
    again.close();
  });

  it('runs a step that awaits something besides the database to its end, in the same upgrade', async () => {
    const { db: current, points } = await currentWithData();
    current.close();
    // Waits between records, as a step that hashed or converted each one with an async API would.
    const slow: Migration = async (_db, tx) => {
      let cursor = await tx.objectStore('points').openCursor();
      for (let i = 0; cursor; i += 1) {
        if (i % 50 === 0) await pause();
        await cursor.update({ ...cursor.value, title: `${cursor.value.title} (migrated)` });
        cursor = await cursor.continue();
      }
    };
    const after = await openPitchDB(DB_NAME, { migrations: [...MIGRATIONS, slow] });
    expect(after.version).toBe(CURRENT + 1);
    expect((await listPoints(after)).map((point) => point.title)).toEqual(points.map((point) => `${point.title} (migrated)`));
    after.close();
  });

  it('undoes every step when a later one fails after an earlier one waited for something else', async () => {
    const { db: current } = await currentWithData();
    const before = await snapshot(current);
    current.close();
    const waits: Migration = async (_db, tx) => {
      await pause();
      await tx.objectStore('points').clear();
    };
    const fails: Migration = async () => {
      await pause();
      throw new Error('no room for the new index');
    };
    await expect(openPitchDB(DB_NAME, { migrations: [...MIGRATIONS, waits, fails] })).rejects.toThrow(
      `step ${CURRENT + 2} failed (no room for the new index). Nothing was changed: the database is still at version ${CURRENT}`,
    );
    const again = await openPitchDB(DB_NAME);
    expect(again.version).toBe(CURRENT);
    expect(await snapshot(again)).toBe(before);
    again.close();
  });

  it('closes an open connection when a newer version needs the database, so the upgrade is not stuck', async () => {
    const onClose = vi.fn();
    const old = await openPitchDB(DB_NAME, { onClose });
    const newer = await openPitchDB(DB_NAME, { migrations: [...MIGRATIONS, testNext] });
    expect(newer.version).toBe(CURRENT + 1);
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
