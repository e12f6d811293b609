import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import type { Profile } from '../../src/core/profile';
import { getProfile, saveProfile, updateProfile } from '../../src/storage/profile';
import type { PitchDB } from '../../src/storage/schema';
import { freshDB, snapshot } from './storage-fixtures';

let db: IDBPDatabase<PitchDB>;
beforeEach(async () => {
  db = await freshDB();
});
afterEach(() => db.close());

describe('profile', () => {
  it('starts empty', async () => {
    expect(await getProfile(db)).toEqual({});
  });

  it('saves a whole form, dropping blank values and keys it does not know', async () => {
    const form = { manager: ' Sam ', days: '', team: '   ', favouriteFood: 'pizza' } as Profile;
    expect(await saveProfile(db, form)).toEqual({ manager: 'Sam' });
    expect(await getProfile(db)).toEqual({ manager: 'Sam' });

    await saveProfile(db, { days: 'Tuesdays' });
    expect(await getProfile(db)).toEqual({ days: 'Tuesdays' });
  });

  it('refuses a value over the limit, naming the field, and keeps what was stored', async () => {
    await saveProfile(db, { manager: 'Sam' });
    const before = await snapshot(db);
    await expect(saveProfile(db, { manager: 'Sam', project: 'p'.repeat(501) })).rejects.toThrow(/project: 501 characters is more than the limit of 500/);
    expect(await snapshot(db)).toBe(before);
  });

  it('updates only the given fill-ins; a blank one clears just that field', async () => {
    await saveProfile(db, { manager: 'Sam', days: 'Tuesdays' });
    expect(await updateProfile(db, { startDate: '2026-04-01' })).toEqual({ manager: 'Sam', days: 'Tuesdays', startDate: '2026-04-01' });
    expect(await updateProfile(db, { days: '' })).toEqual({ manager: 'Sam', startDate: '2026-04-01' });
    expect(await getProfile(db)).toEqual({ manager: 'Sam', startDate: '2026-04-01' });
  });
});
