/**
 * The database's side of one sync round, in one transaction: read this computer's records, what
 * sync remembers of the last round and the deletions it must pass on; merge (a pure function the
 * caller gives, which already holds what the sync area had); store the merge's changes and what
 * to remember next time. A worker stopped part way keeps all of it or none.
 */
import type { IDBPDatabase, StoreNames } from 'idb';
import { TOMBSTONE_TTL, type SyncPlan } from '../core/sync/plan';
import { splitKey } from '../core/sync/kinds';
import type { LiveRecord, LocalVersion, SyncRecord } from '../core/sync/record';
import type { PitchDB } from './schema';
import type { DatabaseSyncStore, RoundTransaction } from './sync-stores';
import { atomically } from './transaction';

export interface RoundInput {
  local: Map<string, LocalVersion>;
  known: Map<string, SyncRecord>;
  deletions: Map<string, number>;
}

export interface RoundResult {
  plan: SyncPlan;
  /** Records the merge wanted stored here that could not be, with why. */
  rejected: Map<string, string>;
}

export async function syncRound(
  db: IDBPDatabase<PitchDB>,
  stores: readonly DatabaseSyncStore[],
  /** Records of kinds kept outside the database, read just before. */
  outside: ReadonlyMap<string, LocalVersion>,
  merge: (input: RoundInput) => SyncPlan,
  now: number,
): Promise<RoundResult> {
  const names = new Set<StoreNames<PitchDB>>(['syncKnown', 'deletions']);
  for (const store of stores) for (const name of store.stores) names.add(name);
  const tx: RoundTransaction = db.transaction([...names], 'readwrite');
  return atomically(tx, async (issue) => {
    const local = new Map(outside);
    for (const store of stores) for (const [key, version] of await store.read(tx)) local.set(key, version);
    const knownStore = tx.objectStore('syncKnown');
    const knownKeys = await knownStore.getAllKeys();
    const knownValues = await knownStore.getAll();
    const known = new Map(knownKeys.map((key, i) => [key, knownValues[i] as SyncRecord]));
    const deletions = new Map<string, number>();
    for (const { key, at } of await tx.objectStore('deletions').getAll()) {
      // Present again (an undo, a restore) or past the time deletions are kept: nothing to pass on.
      if (local.has(key) || now - at >= TOMBSTONE_TTL) issue(tx.objectStore('deletions').delete(key));
      else deletions.set(key, at);
    }

    const plan = merge({ local, known, deletions });
    const rejected = new Map<string, string>();
    for (const store of stores) {
      const mine = new Map<string, LiveRecord | null>();
      for (const [key, change] of plan.changes) if (splitKey(key)?.kind === store.kind) mine.set(key, change);
      if (mine.size === 0) continue;
      for (const [key, why] of await store.apply(tx, mine, issue)) rejected.set(key, why);
    }

    // What is remembered is what this computer now holds: a record it could not store keeps what
    // was remembered before, so the next round merges it again rather than read it as deleted.
    for (const [key, record] of plan.merged) {
      if (rejected.has(key)) continue;
      const before = known.get(key);
      if (!before || JSON.stringify(before) !== JSON.stringify(record)) issue(knownStore.put(record, key));
    }
    for (const key of known.keys()) if (!plan.merged.has(key) && !rejected.has(key)) issue(knownStore.delete(key));
    return { plan, rejected };
  });
}
