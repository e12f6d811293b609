/**
 * What the settings show about sync, kept by the service worker in `storage.local` under one key
 * so the popup can read it and hear it change while it is open. It is a report, not the state sync
 * runs on (that lives in IndexedDB): losing it loses nothing but the words on the screen.
 */
export const SYNC_STATUS_KEY = 'syncStatus';

export interface SyncStatus {
  enabled: boolean;
  /** When this computer last merged its data with the browser's sync area. */
  lastSyncAt?: number;
  /** Bytes of the sync area our copy takes, and the most it may take. */
  usedBytes: number;
  quotaBytes: number;
  /** Records kept on this computer only because the sync area has no room for them, by kind. */
  notSynced: { points: number; other: number };
  /** Something that stops sync, worded for the user; absent when all is well. */
  problem?: string;
}

export const SYNC_OFF: SyncStatus = { enabled: false, usedBytes: 0, quotaBytes: 0, notSynced: { points: 0, other: 0 } };

const count = (value: unknown): number => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : 0);

/** Anything missing or malformed reads as "off": sync is opt-in. */
export function parseSyncStatus(stored: unknown): SyncStatus {
  if (typeof stored !== 'object' || stored === null) return SYNC_OFF;
  const value = stored as Record<string, unknown>;
  const left = typeof value.notSynced === 'object' && value.notSynced !== null ? (value.notSynced as Record<string, unknown>) : {};
  const status: SyncStatus = {
    enabled: value.enabled === true,
    usedBytes: count(value.usedBytes),
    quotaBytes: count(value.quotaBytes),
    notSynced: { points: count(left.points), other: count(left.other) },
  };
  if (typeof value.lastSyncAt === 'number' && Number.isFinite(value.lastSyncAt)) status.lastSyncAt = value.lastSyncAt;
  if (typeof value.problem === 'string' && value.problem) status.problem = value.problem;
  return status;
}
