import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { starterPoints } from '../../src/core/starter';
import { deletePoints, listPoints, updatePoint, createPointIn } from '../../src/storage/points';
import { getProfile, saveProfile } from '../../src/storage/profile';
import type { PitchDB } from '../../src/storage/schema';
import { deleteAllData, restoreStarter, seedStarterIfNew } from '../../src/storage/starter';
import { freshDB } from './storage-fixtures';

const STARTER_COUNT = starterPoints(0).length;
const NOW = 1_760_000_000_000;

let db: IDBPDatabase<PitchDB>;
beforeEach(async () => {
  db = await freshDB();
});
afterEach(() => db.close());

describe('starter library in the store', () => {
  it('is seeded once, and deleted starter points stay deleted on later starts', async () => {
    expect(await seedStarterIfNew(db, NOW)).toBe(STARTER_COUNT);
    expect(await listPoints(db)).toHaveLength(STARTER_COUNT);
    expect(await seedStarterIfNew(db, NOW + 1)).toBe(0);

    await deletePoints(db, ['sw-trade-a-perk', 'oa-security']);
    expect(await seedStarterIfNew(db, NOW + 2)).toBe(0);
    expect(await db.get('points', 'sw-trade-a-perk')).toBeUndefined();
    expect(await listPoints(db)).toHaveLength(42);
  });

  it('restores only what is missing, at the end of its category, keeping the user\'s edits', async () => {
    await seedStarterIfNew(db, NOW);
    const edited = await updatePoint(db, 'sw-trial-review', { text: 'My own wording.' }, NOW + 1);
    await deletePoints(db, ['sw-own-setup', 'co-boundaries']);
    const mine = await createPointIn(db, { category: 'sweetener', title: 'Mine', text: '' }, NOW + 2);

    expect(await restoreStarter(db, NOW + 3)).toEqual({ added: 2 });
    expect(await db.get('points', 'sw-trial-review')).toEqual(edited);
    const sweeteners = (await listPoints(db)).filter((p) => p.category === 'sweetener');
    expect(sweeteners.map((p) => p.id).slice(-2)).toEqual([mine.id, 'sw-own-setup']);
    expect(await db.get('points', 'sw-own-setup')).toMatchObject({ origin: 'starter', createdAt: NOW + 3 });
    expect(await listPoints(db)).toHaveLength(STARTER_COUNT + 1);

    expect(await restoreStarter(db, NOW + 4)).toEqual({ added: 0 });
    expect(await listPoints(db)).toHaveLength(STARTER_COUNT + 1);
  });

  it('deletes everything on request, and the starter set comes back only when asked for', async () => {
    await seedStarterIfNew(db, NOW);
    await createPointIn(db, { category: 'setup', title: 'Mine', text: '' }, NOW);
    await saveProfile(db, { manager: 'Sam' });

    expect(await deleteAllData(db)).toBe(STARTER_COUNT + 1);
    expect(await listPoints(db)).toEqual([]);
    expect(await getProfile(db)).toEqual({});

    expect(await seedStarterIfNew(db, NOW + 1)).toBe(0);
    expect(await listPoints(db)).toEqual([]);

    expect(await restoreStarter(db, NOW + 2)).toEqual({ added: STARTER_COUNT });
    expect(await listPoints(db)).toHaveLength(STARTER_COUNT);
  });
});
