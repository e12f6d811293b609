/**
 * Runs in one of the extension's pages (bundled by `previous-version.ts`): builds the database as
 * the release before this one left it, with the real migrations up to the one before the newest,
 * and reads every store back. The newest migration then runs where it runs for users: in the
 * service worker, on its next open.
 */
import type { IDBPDatabase } from 'idb';
import type { Profile } from '../../../src/core/profile';
import { samplePoints } from '../../../scripts/bench/sample-points';
import { MIGRATIONS, openPitchDB } from '../../../src/storage/open';
import { putPoints } from '../../../src/storage/points';
import { saveProfile } from '../../../src/storage/profile';
import { DB_NAME, type PitchDB } from '../../../src/storage/schema';

/** One store, for telling whether an upgrade kept it as it was. */
export interface StoreSummary {
  name: string;
  records: number;
  /** Same keys and values as when `remember` ran (false for a store that was not there then). */
  unchanged: boolean;
}

let previous: IDBPDatabase<PitchDB> | undefined;
let stubborn: IDBDatabase | undefined;
let waitedFor: number | undefined;
/** Every store's keys and values as text, from `remember`: compared here, not sent out (10 000 points are megabytes). */
let remembered = new Map<string, string>();

function request<T>(open: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
  });
}

const helper = {
  /**
   * Replaces the database with one at version MIGRATIONS.length - 1 holding these points and
   * fill-ins, and keeps two connections to it open, as two pages of the older release would: one
   * that closes when a newer version asks (as every page of ours does), one that does not.
   */
  async build(count: number, profile: Profile): Promise<number> {
    await request(indexedDB.deleteDatabase(DB_NAME));
    previous = await openPitchDB(DB_NAME, { migrations: MIGRATIONS.slice(0, -1) });
    await putPoints(previous, samplePoints(count, 'old'));
    await saveProfile(previous, profile);
    await previous.put('meta', true, 'starterSeeded');
    const raw = indexedDB.open(DB_NAME);
    stubborn = await request(raw);
    stubborn.onversionchange = (event) => (waitedFor = event.newVersion ?? undefined);
    return previous.version;
  },
  /** The version a newer open asked the stubborn connection to make way for, once one did. */
  blockedBy: (): number | undefined => waitedFor,
  /** The stubborn page goes away: the newer version's upgrade may run. */
  release(): void {
    stubborn?.close();
  },
  /** Closes both old connections and opens the database with every migration here, timed (ms). */
  async timeUpgrade(): Promise<number> {
    previous?.close();
    stubborn?.close();
    const start = performance.now();
    const db = await openPitchDB(DB_NAME);
    const took = performance.now() - start;
    db.close();
    return took;
  },
  /** Every store as text, at whatever version the database is. */
  async read(): Promise<{ version: number; stores: Map<string, { records: number; text: string }> }> {
    const db = await request(indexedDB.open(DB_NAME));
    try {
      const names = [...db.objectStoreNames];
      const tx = db.transaction(names, 'readonly');
      const stores = new Map<string, { records: number; text: string }>();
      for (const name of names) {
        const keys = await request(tx.objectStore(name).getAllKeys());
        const values = await request(tx.objectStore(name).getAll());
        stores.set(name, { records: keys.length, text: JSON.stringify([keys, values]) });
      }
      return { version: db.version, stores };
    } finally {
      db.close();
    }
  },
  /** Remembers every store as it is now. */
  async remember(): Promise<{ version: number; stores: StoreSummary[] }> {
    const { version, stores } = await helper.read();
    remembered = new Map([...stores].map(([name, { text }]) => [name, text]));
    return { version, stores: [...stores].map(([name, { records }]) => ({ name, records, unchanged: true })) };
  },
  /** Every store now, and whether each store remembered is still the same, record for record. */
  async compare(): Promise<{ version: number; stores: StoreSummary[] }> {
    const { version, stores } = await helper.read();
    return { version, stores: [...stores].map(([name, { records, text }]) => ({ name, records, unchanged: remembered.get(name) === text })) };
  },
};

export type PreviousVersionHelper = typeof helper;
(globalThis as unknown as { rpPreviousVersion: PreviousVersionHelper }).rpPreviousVersion = helper;
