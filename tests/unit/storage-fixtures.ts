/**
 * Shared by the storage tests: a fresh in-memory IndexedDB per test, a way to compare the whole
 * database before and after, and a point maker with every field filled in.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { IDBPDatabase } from 'idb';
import type { PitchPoint } from '../../src/core/point';
import { openPitchDB, type OpenOptions } from '../../src/storage/open';
import type { PitchDB } from '../../src/storage/schema';

/** A database no other test can see: each call swaps in a new, empty IndexedDB factory. */
export function freshDB(options: OpenOptions = {}): Promise<IDBPDatabase<PitchDB>> {
  globalThis.indexedDB = new IDBFactory();
  return openPitchDB('remote-pitch-test', options);
}

/** Every key and value in every store, as text, so "nothing changed" is one string comparison. */
export async function snapshot(db: IDBPDatabase<PitchDB>): Promise<string> {
  const tx = db.transaction(['points', 'profile', 'meta'], 'readonly');
  const stores = await Promise.all(
    (['points', 'profile', 'meta'] as const).map(async (name) => ({
      name,
      keys: await tx.objectStore(name).getAllKeys(),
      values: await tx.objectStore(name).getAll(),
    })),
  );
  await tx.done;
  return JSON.stringify(stores);
}

export function makePoint(overrides: Partial<PitchPoint> = {}): PitchPoint {
  return {
    id: 'p-1',
    category: 'sweetener',
    title: 'Trial first',
    text: 'Six weeks, then a review on {reviewDate}.',
    tags: ['trial'],
    use: ['email', 'meeting'],
    order: 0,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    usedCount: 0,
    origin: 'user',
    ...overrides,
  };
}
