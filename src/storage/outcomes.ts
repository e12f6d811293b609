/** The outcome log: each time the user asked and what came of it. */
import type { IDBPDatabase } from 'idb';
import { byNewest, outcomeFrom, OUTCOME_LIMITS, type OutcomeEntry } from '../core/outcome/outcome';
import { recordKey } from '../core/sync/kinds';
import type { PitchDB } from './schema';
import { atomically } from './transaction';

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

/**
 * Deletes an entry, remembering when, for sync to pass on: without that, another computer that
 * still has it would bring it back.
 */
export async function deleteOutcome(db: DB, id: string, now: number): Promise<boolean> {
  const tx = db.transaction(['outcomes', 'deletions'], 'readwrite');
  return atomically(tx, async () => {
    const found = (await tx.objectStore('outcomes').getKey(id)) !== undefined;
    if (found) {
      await tx.objectStore('outcomes').delete(id);
      await tx.objectStore('deletions').put({ key: recordKey('outcomes', id), at: now });
    }
    return found;
  });
}
