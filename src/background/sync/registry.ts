/**
 * Everything sync carries, one entry per synced store: where it lives and how it turns into sync
 * records and back. A new synced store is one more entry here (and its kind in
 * `core/sync/kinds.ts`).
 */
import { recordKey, SINGLE_ID, SYNC_KINDS, type SyncKindName } from '../../core/sync/kinds';
import type { FieldValue, LiveRecord, LocalVersion } from '../../core/sync/record';
import { parseSiteSwitches, SITE_SWITCHES_KEY } from '../../shared/site-switches';
import { outcomesStore, pointsStore, profileStore, type DatabaseSyncStore } from '../../storage/sync-stores';
import type { LocalArea } from './environment';

/** Kinds kept in extension storage rather than the database: read before a round, written after. */
export interface ExtensionStorageSyncStore {
  kind: SyncKindName;
  read(local: LocalArea, now: number): Promise<Map<string, LocalVersion>>;
  /** Stores the merge's records, unless the user changed them since `read` (the next round has that). */
  apply(local: LocalArea, changes: ReadonlyMap<string, LiveRecord | null>, read: ReadonlyMap<string, LocalVersion>): Promise<void>;
}

const SETTINGS_RECORD = recordKey('settings', SINGLE_ID);

function switchesFields(stored: unknown): Record<string, FieldValue> {
  return { ...parseSiteSwitches(stored) };
}

/**
 * The per-site switches. They have no time of change, so one that differs from the last round is
 * stamped with the time this round reads it: the worker hears every change of them and starts a
 * round within a second or two.
 */
const settingsStore: ExtensionStorageSyncStore = {
  kind: 'settings',
  async read(local, now) {
    return new Map([[SETTINGS_RECORD, { fields: switchesFields(await local.get(SITE_SWITCHES_KEY)), changedAt: now }]]);
  },
  async apply(local, changes, read) {
    const record = changes.get(SETTINGS_RECORD);
    if (!record) return;
    const current = switchesFields(await local.get(SITE_SWITCHES_KEY));
    const before = read.get(SETTINGS_RECORD)?.fields ?? {};
    if (SYNC_KINDS.settings.some((site) => current[site] !== before[site])) return;
    const next = Object.fromEntries(SYNC_KINDS.settings.map((site) => [site, record.fields[site] !== false]));
    await local.set(SITE_SWITCHES_KEY, next);
  },
};

export const DATABASE_STORES: readonly DatabaseSyncStore[] = [pointsStore, profileStore, outcomesStore];
export const EXTENSION_STORAGE_STORES: readonly ExtensionStorageSyncStore[] = [settingsStore];

/** Records that are the only one of their kind: they go first when the sync area is short of room. */
export const SINGLE_RECORDS: ReadonlySet<string> = new Set([recordKey('profile', SINGLE_ID), SETTINGS_RECORD]);
