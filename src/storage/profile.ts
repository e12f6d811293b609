import type { IDBPDatabase } from 'idb';
import { checkProfile } from '../core/validation';
import type { Profile } from '../core/profile';
import { PROFILE_KEY, type PitchDB } from './schema';

type DB = IDBPDatabase<PitchDB>;

export async function getProfile(db: DB): Promise<Profile> {
  return (await db.get('profile', PROFILE_KEY)) ?? {};
}

function cleaned(profile: Profile): Profile {
  const checked = checkProfile(profile);
  if (!checked.ok) throw new Error(`Can't save the profile: ${checked.error}`);
  return checked.value;
}

/** Replaces the whole profile. Blank values and keys we don't know are dropped, not stored. */
export async function saveProfile(db: DB, profile: Profile): Promise<Profile> {
  const clean = cleaned(profile);
  await db.put('profile', clean, PROFILE_KEY);
  return clean;
}

/**
 * Sets only the given fill-ins and keeps the rest; a blank value clears that one. Read and
 * write share a transaction so two quick edits from different tabs can't undo each other.
 */
export async function updateProfile(db: DB, values: Profile): Promise<Profile> {
  const tx = db.transaction('profile', 'readwrite');
  const current = (await tx.store.get(PROFILE_KEY)) ?? {};
  const clean = cleaned({ ...current, ...values });
  await tx.store.put(clean, PROFILE_KEY);
  await tx.done;
  return clean;
}
