/** The outcome log: each time the user asked and what came of it. */
import type { IDBPDatabase } from 'idb';
import { byNewest, outcomeFrom, OUTCOME_LIMITS, type OutcomeEntry } from '../core/outcome/outcome';
import type { PitchDB } from './schema';

type DB = IDBPDatabase<PitchDB>;

/** Every entry, newest first. */
export async function listOutcomes(db: DB): Promise<OutcomeEntry[]> {
  return (await db.getAll('outcomes')).sort(byNewest);
}

/** Adds an entry, or replaces the one with the same id (keeping when it was first written). */
export async function saveOutcome(db: DB, input: unknown, now: number): Promise<OutcomeEntry> {
  const tx = db.transaction('outcomes', 'readwrite');
  const id = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
  const previous = typeof id === 'string' ? await tx.store.get(id) : undefined;
  if (!previous && (await tx.store.count()) >= OUTCOME_LIMITS.entries) throw new Error(`The outcome log holds at most ${OUTCOME_LIMITS.entries} entries; delete an old one first.`);
  const checked = outcomeFrom(input, now, previous);
  if (!checked.ok) throw new Error(`Can't save this outcome: ${checked.error}`);
  await tx.store.put(checked.value);
  await tx.done;
  return checked.value;
}

export async function deleteOutcome(db: DB, id: string): Promise<boolean> {
  const tx = db.transaction('outcomes', 'readwrite');
  const found = (await tx.store.getKey(id)) !== undefined;
  if (found) await tx.store.delete(id);
  await tx.done;
  return found;
}
