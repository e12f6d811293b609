/**
 * A stand-in for the browser's sync area that refuses what Chrome refuses, with Chrome's error
 * texts: an item over QUOTA_BYTES_PER_ITEM, a total over QUOTA_BYTES, more than MAX_ITEMS keys,
 * more than MAX_WRITE_OPERATIONS_PER_MINUTE writes. A refused write stores nothing. `copyFrom`
 * is what the browser's own sync does between two computers.
 */
import { BROWSER_SYNC_QUOTA, type SyncQuota } from '../../src/core/sync/quota';
import { utf8Length } from '../../src/core/utf8';
import type { SyncArea } from '../../src/background/sync/environment';

export class FakeSyncArea implements SyncArea {
  private items = new Map<string, string>();
  writes = 0;
  reads = 0;
  /** Refuse the next writes with this error, as the browser does when asked too often. */
  refuse?: string;

  constructor(private readonly quota: SyncQuota = BROWSER_SYNC_QUOTA) {}

  async getAll(): Promise<Record<string, unknown>> {
    this.reads += 1;
    return Object.fromEntries([...this.items].map(([key, json]) => [key, JSON.parse(json) as unknown]));
  }

  async set(items: Record<string, unknown>): Promise<void> {
    if (this.refuse) throw new Error(this.refuse);
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(items)) {
      const json = JSON.stringify(value);
      if (utf8Length(key) + utf8Length(json) > this.quota.itemBytes) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(key, json);
    }
    if (next.size > this.quota.maxItems) throw new Error('MAX_ITEMS quota exceeded');
    if (FakeSyncArea.bytes(next) > this.quota.totalBytes) throw new Error('QUOTA_BYTES quota exceeded');
    this.items = next;
    this.writes += 1;
  }

  async remove(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
    this.writes += 1;
  }

  bytesInUse(): number {
    return FakeSyncArea.bytes(this.items);
  }

  /** Makes this area hold what `other` holds, as the browser's sync would. */
  copyFrom(other: FakeSyncArea): void {
    this.items = new Map(other.items);
  }

  /** Puts raw items in, as another computer (or another release) would have written them. */
  plant(items: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(items)) this.items.set(key, JSON.stringify(value));
  }

  private static bytes(items: ReadonlyMap<string, string>): number {
    let total = 0;
    for (const [key, json] of items) total += utf8Length(key) + utf8Length(json);
    return total;
  }
}

/** Text deflate can hardly shrink (CJK characters in no order), as a library of long, varied points would be. */
export function incompressibleText(length: number, seed: number): string {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return String.fromCharCode(0x4e00 + (state % 2000));
  }).join('');
}
