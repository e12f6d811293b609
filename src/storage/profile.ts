import type { IDBPDatabase } from 'idb';
import { checkProfile } from '../core/validation';
import type { Profile } from '../core/profile';
import { PROFILE_KEY, type PitchDB } from './schema';
import { atomically } from './transaction';

type DB = IDBPDatabase<PitchDB>;

export async function getProfile(db: DB): Promise<Profile> {
  return (await db.get('profile', PROFILE_KEY)) ?? {};
}

function cleaned(profile: Profile): Profile {
  const checked = checkProfile(profile);
  if (!checked.ok) throw new Error(`Can't save the profile: ${checked.error}`);
  return checked.value;
}

/** Writes the whole profile, and when it changed, for sync to stamp the fill-ins that differ. */
async function store(db: DB, next: (current: Profile) => Profile, now: number): Promise<Profile> {
  const tx = db.transaction(['profile', 'meta'], 'readwrite');
  return atomically(tx, async () => {
    const clean = cleaned(next((await tx.objectStore('profile').get(PROFILE_KEY)) ?? {}));
    await tx.objectStore('profile').put(clean, PROFILE_KEY);
    await tx.objectStore('meta').put(now, 'profileUpdatedAt');
    return clean;
  });
}

/**
 * Replaces the whole profile. Blank values and keys we don't know are dropped, not stored. Only
 * for a caller that means to set every fill-in at once: a form should send what it changed
 * (`updateProfile`), or it undoes what a compose saved since the form was loaded.
 */
export function saveProfile(db: DB, profile: Profile, now: number = Date.now()): Promise<Profile> {
  return store(db, () => profile, now);
}

/**
 * Sets only the given fill-ins and keeps the rest; a blank value clears that one. Read and
 * write share a transaction so two quick edits from different tabs can't undo each other.
 */
export function updateProfile(db: DB, values: Profile, now: number = Date.now()): Promise<Profile> {
  return store(db, (current) => ({ ...current, ...values }), now);
}
