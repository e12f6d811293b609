import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_NAME, type PitchDB } from './schema';

export type UpgradeTransaction = IDBPTransaction<PitchDB, StoreNames<PitchDB>[], 'versionchange'>;

/**
 * One step of the schema: entry N-1 takes a database from version N-1 to N. Steps never change
 * once released; a new version appends one, and a user several releases behind runs them all in
 * order, inside the single upgrade transaction (if one throws, the database stays as it was).
 */
export type Migration = (db: IDBPDatabase<PitchDB>, tx: UpgradeTransaction) => void;

export const MIGRATIONS: readonly Migration[] = [
  // v1: the first schema.
  (db) => {
    const points = db.createObjectStore('points', { keyPath: 'id' });
    points.createIndex('by-category', 'category');
    points.createIndex('by-updatedAt', 'updatedAt');
    db.createObjectStore('profile');
    db.createObjectStore('meta');
  },
];

export interface OpenOptions {
  /** Tests pass a longer list to prove that a later version keeps earlier data. */
  migrations?: readonly Migration[];
  /**
   * Called when this connection closes itself so a newer version of the extension (another tab
   * or a just-updated worker) can upgrade, or when the browser ends it. The caller should drop
   * its cached connection and open a new one on next use. IndexedDB fires no `close` event for
   * a connection we close ourselves, so this callback is the only notice.
   */
  onClose?: () => void;
}

export function openPitchDB(name: string = DB_NAME, options: OpenOptions = {}): Promise<IDBPDatabase<PitchDB>> {
  const migrations = options.migrations ?? MIGRATIONS;
  let connection: IDBPDatabase<PitchDB> | undefined;
  const opening = openDB<PitchDB>(name, migrations.length, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion + 1; version <= migrations.length; version += 1) {
        migrations[version - 1]?.(db, tx);
      }
    },
    blocked(currentVersion, blockedVersion) {
      // An older connection that does not handle `blocking` (a page from before this code) is
      // still open; the open resumes by itself once it closes.
      console.warn(`Remote Pitch: database upgrade to v${String(blockedVersion)} is waiting for an open v${currentVersion} connection to close.`);
    },
    blocking() {
      // Holding on would leave the newer version stuck at "blocked" until this page closes.
      connection?.close();
      options.onClose?.();
    },
    terminated() {
      options.onClose?.();
    },
  });
  return opening.then((db) => (connection = db));
}
