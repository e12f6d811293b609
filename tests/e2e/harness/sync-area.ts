import type { Page } from 'playwright-core';
import { parseSyncStatus, SYNC_STATUS_KEY, type SyncStatus } from '../../../src/shared/sync-status';

/**
 * What the browser's own sync would do between two signed-in computers, done by hand: headless
 * Chromium has no account to sync with, so a test reads one profile's sync area through one of
 * its extension pages and writes it into the other's. The extension sees the write as it sees
 * sync arriving from another computer: `storage.onChanged` fires in its worker.
 */
type StorageArea = { get(keys: null | string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; remove(keys: string[]): Promise<void> };
type Chrome = { storage: { sync: StorageArea; local: StorageArea } };

export function readSyncArea(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.get(null));
}

/** Makes `to`'s sync area hold exactly what `from`'s holds. */
export async function carrySyncArea(from: Page, to: Page): Promise<void> {
  const items = await readSyncArea(from);
  await to.evaluate(async (items) => {
    const { sync } = (globalThis as unknown as { chrome: Chrome }).chrome.storage;
    const stale = Object.keys(await sync.get(null)).filter((key) => !Object.hasOwn(items, key));
    await sync.set(items);
    if (stale.length > 0) await sync.remove(stale);
  }, items);
}

/** The worker's report on sync, as the settings read it. */
export async function syncStatus(page: Page): Promise<SyncStatus> {
  const stored = await page.evaluate((key) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(key), SYNC_STATUS_KEY);
  return parseSyncStatus(stored[SYNC_STATUS_KEY]);
}
