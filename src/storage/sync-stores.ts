/**
 * The synced kinds that live in this database, each read as sync records and written back from
 * merged ones inside a sync round's transaction (`sync-round.ts`). A new synced store is one entry
 * here (its IndexedDB side) and one line in the service worker's registry.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import { librarySize, tooLarge } from '../core/library-size';
import { OUTCOME_LIMITS, type OutcomeEntry } from '../core/outcome/outcome';
import { outcomeFields, outcomeFrom, pointFields, pointFrom, profileFields, profileFrom, recordKey, SINGLE_ID, splitKey, type SyncKindName } from '../core/sync/kinds';
import type { LiveRecord, LocalVersion } from '../core/sync/record';
import type { PitchPoint } from '../core/point';
import { readMeta } from './meta';
import { PROFILE_KEY, type PitchDB } from './schema';
import type { Issue } from './transaction';

export type RoundTransaction = IDBPTransaction<PitchDB, StoreNames<PitchDB>[], 'readwrite'>;

export interface DatabaseSyncStore {
  kind: SyncKindName;
  /** The stores it reads and writes; the round's one transaction spans all of them. */
  stores: readonly StoreNames<PitchDB>[];
  read(tx: RoundTransaction): Promise<Map<string, LocalVersion>>;
  /**
   * Stores what the merge decided for its records (fields, or null to delete). Returns the ones it
   * could not store, with why: sync then keeps them out of what it remembers, and says so.
   */
  apply(tx: RoundTransaction, changes: ReadonlyMap<string, LiveRecord | null>, issue: Issue): Promise<Map<string, string>>;
}

export const pointsStore: DatabaseSyncStore = {
  kind: 'points',
  stores: ['points'],
  async read(tx) {
    const points = await tx.objectStore('points').getAll();
    return new Map(points.map((point) => [recordKey('points', point.id), { fields: pointFields(point), changedAt: point.updatedAt }]));
  },
  async apply(tx, changes, issue) {
    const store = tx.objectStore('points');
    const byId = new Map((await store.getAll()).map((point) => [point.id, point]));
    const rejected = new Map<string, string>();
    const puts: PitchPoint[] = [];
    const deletes: string[] = [];
    for (const [key, record] of changes) {
      const id = splitKey(key)?.id ?? '';
      if (!record) {
        if (byId.delete(id)) deletes.push(id);
        continue;
      }
      const point = pointFrom(id, record, byId.get(id));
      if (!point.ok) rejected.set(key, `a point from another computer is not valid (${point.error})`);
      else puts.push(point.value);
    }
    const after = new Map(byId);
    for (const point of puts) after.set(point.id, point);
    const full = tooLarge(librarySize(after.values()));
    for (const point of puts) {
      // No room here: the library on this computer stays as it is, and keeps fitting a backup.
      if (full) rejected.set(recordKey('points', point.id), `there is no room for it on this computer: ${full}`);
      else issue(store.put(point));
    }
    for (const id of deletes) issue(store.delete(id));
    return rejected;
  },
};

const PROFILE_RECORD = recordKey('profile', SINGLE_ID);

export const profileStore: DatabaseSyncStore = {
  kind: 'profile',
  stores: ['profile', 'meta'],
  async read(tx) {
    const profile = (await tx.objectStore('profile').get(PROFILE_KEY)) ?? {};
    const changedAt = (await readMeta(tx.objectStore('meta'), 'profileUpdatedAt')) ?? 0;
    return new Map([[PROFILE_RECORD, { fields: profileFields(profile), changedAt }]]);
  },
  async apply(tx, changes, issue) {
    const rejected = new Map<string, string>();
    const record = changes.get(PROFILE_RECORD);
    if (record === undefined) return rejected;
    if (record === null) {
      issue(tx.objectStore('profile').delete(PROFILE_KEY));
      return rejected;
    }
    const profile = profileFrom(record);
    if (!profile.ok) rejected.set(PROFILE_RECORD, `the fill-ins from another computer are not valid (${profile.error})`);
    else issue(tx.objectStore('profile').put(profile.value, PROFILE_KEY));
    return rejected;
  },
};

export const outcomesStore: DatabaseSyncStore = {
  kind: 'outcomes',
  stores: ['outcomes'],
  async read(tx) {
    const entries = await tx.objectStore('outcomes').getAll();
    return new Map(entries.map((entry) => [recordKey('outcomes', entry.id), { fields: outcomeFields(entry), changedAt: entry.updatedAt }]));
  },
  async apply(tx, changes, issue) {
    const store = tx.objectStore('outcomes');
    const byId = new Map((await store.getAll()).map((entry) => [entry.id, entry]));
    const rejected = new Map<string, string>();
    const puts: OutcomeEntry[] = [];
    for (const [key, record] of changes) {
      const id = splitKey(key)?.id ?? '';
      if (!record) {
        if (byId.delete(id)) issue(store.delete(id));
        continue;
      }
      const entry = outcomeFrom(id, record, byId.get(id));
      if (!entry.ok) rejected.set(key, `an outcome from another computer is not valid (${entry.error})`);
      else puts.push(entry.value);
    }
    // The log's own limit holds here too (the deletions above make room first): a new entry past it
    // stays on the other computer, and this one keeps fitting what the popup lets it save.
    let count = byId.size;
    for (const entry of puts) {
      if (byId.has(entry.id) || count < OUTCOME_LIMITS.entries) {
        if (!byId.has(entry.id)) count += 1;
        issue(store.put(entry));
      } else rejected.set(recordKey('outcomes', entry.id), `there is no room for it on this computer: the outcome log holds at most ${OUTCOME_LIMITS.entries} entries`);
    }
    return rejected;
  },
};
