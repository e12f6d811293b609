/**
 * The limits of the browser's sync area (`storage.sync`), as documented, and the share of them
 * Remote Pitch allows itself. Chrome and Edge (Chromium's `extensions/common/api/storage.json`,
 * developer.chrome.com/docs/extensions/reference/api/storage#property-sync):
 *   QUOTA_BYTES 102 400 (every value's JSON plus every key's length), QUOTA_BYTES_PER_ITEM 8 192
 *   (one key plus its value's JSON), MAX_ITEMS 512, MAX_WRITE_OPERATIONS_PER_HOUR 1 800 (one every
 *   2 s), MAX_WRITE_OPERATIONS_PER_MINUTE 120 (2 a second); each set(), remove() or clear() call
 *   is one operation, however many keys it carries.
 * Firefox (developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/storage/sync): the same
 *   102 400 total, 8 192 per item, 512 items, measured the same way and enforced by the browser
 *   since its Rust storage (application-services `webext_storage`); no documented write rate, and
 *   data reaches the server every 10 minutes or on "Sync Now". Firefox for Android does not sync it.
 * A write past a limit is refused whole (its promise rejects; nothing of it is stored), which is
 * why every write is measured here first.
 */
export interface SyncQuota {
  totalBytes: number;
  itemBytes: number;
  maxItems: number;
}

/** The lowest of each browser's limits (they agree today). */
export const BROWSER_SYNC_QUOTA: SyncQuota = { totalBytes: 102_400, itemBytes: 8_192, maxItems: 512 };

/**
 * What Remote Pitch writes within. Our items are plain ASCII, so our count is the browser's; the
 * margin is for a browser that writes a number or an escape a few bytes longer than JavaScript.
 */
export const SYNC_QUOTA: SyncQuota = { totalBytes: 102_400 - 1_024, itemBytes: 8_192 - 64, maxItems: 512 };

/**
 * The shortest gap between two writes of the area. A round writes with one set() and, when its
 * copy shrank, one remove(): two operations every 5 s is 1 440 an hour, under Chrome's 1 800.
 */
export const SYNC_WRITE_GAP_MS = 5_000;
