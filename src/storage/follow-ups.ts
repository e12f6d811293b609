/**
 * The after-the-meeting records in the meta store: the recap and review emails as the user edited
 * them, and the trial plan's settings. Read back through their checks; a damaged one reads as none.
 */
import type { IDBPDatabase } from 'idb';
import { checkEmail, checkTrialSettings, newTrialSettings, type EmailKind, type SavedEmail, type TrialSettings } from '../core/outcome/saved-follow-up';
import type { PitchDB } from './schema';

type DB = IDBPDatabase<PitchDB>;

export async function getEmail(db: DB, kind: EmailKind): Promise<SavedEmail | null> {
  const checked = checkEmail(await db.get('meta', `email:${kind}`));
  return checked.ok ? checked.value : null;
}

export async function saveEmail(db: DB, kind: EmailKind, email: unknown, now: number): Promise<SavedEmail> {
  const checked = checkEmail(email);
  if (!checked.ok) throw new Error(`Can't save this email: ${checked.error}`);
  const saved = { ...checked.value, updatedAt: now };
  await db.put('meta', saved, `email:${kind}`);
  return saved;
}

/** The plan's settings, made (with a new plan id) and kept the first time they are asked for. */
export async function getTrialSettings(db: DB): Promise<TrialSettings> {
  const tx = db.transaction('meta', 'readwrite');
  const checked = checkTrialSettings(await tx.store.get('trialPlan'));
  const settings = checked.ok ? checked.value : newTrialSettings();
  if (!checked.ok) await tx.store.put(settings, 'trialPlan');
  await tx.done;
  return settings;
}

export async function saveTrialSettings(db: DB, settings: unknown): Promise<TrialSettings> {
  const checked = checkTrialSettings(settings);
  if (!checked.ok) throw new Error(`Can't save the trial plan: ${checked.error}`);
  await db.put('meta', checked.value, 'trialPlan');
  return checked.value;
}
