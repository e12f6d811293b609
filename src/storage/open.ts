import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { DB_NAME, type PitchDB } from './schema';

type UpgradeTransaction = IDBPTransaction<PitchDB, StoreNames<PitchDB>[], 'versionchange'>;

/**
 * One step of the schema: entry N-1 takes a database from version N-1 to N. Steps never change
 * once released; a new version appends one, and a user several releases behind runs them all in
 * order, inside the single upgrade transaction (if one fails, the database stays as it was).
 * A step that rewrites records may be async, but must await only requests on `tx`: awaiting
 * anything else lets the upgrade transaction finish under it.
 * @internal Exported for its unit tests.
 */
export type Migration = (db: IDBPDatabase<PitchDB>, tx: UpgradeTransaction) => void | Promise<void>;

/** @internal Exported for its unit tests. */
export const MIGRATIONS: readonly Migration[] = [
  // v1: the first schema.
  (db) => {
    const points = db.createObjectStore('points', { keyPath: 'id' });
    points.createIndex('by-category', 'category');
    points.createIndex('by-updatedAt', 'updatedAt');
    db.createObjectStore('profile');
    db.createObjectStore('meta');
  },
  // v2: the outcome log and rehearsal progress, each in its own store.
  (db) => {
    db.createObjectStore('outcomes', { keyPath: 'id' });
    db.createObjectStore('rehearsals', { keyPath: 'pointId' });
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
      // A failed upgrade already rejects the open; without this its transaction's own
      // rejection would surface a second time, unhandled.
      tx.done.catch(() => undefined);
      // Steps run synchronously until one returns a promise, so schema changes happen while
      // the upgrade event is still being handled, and later steps see earlier steps' records.
      const runFrom = (version: number): Promise<void> | undefined => {
        for (; version <= migrations.length; version += 1) {
          const pending = migrations[version - 1]?.(db, tx);
          if (pending) return pending.then(() => runFrom(version + 1));
        }
        return undefined;
      };
      runFrom(oldVersion + 1)?.catch((error: unknown) => {
        // A rejected step would otherwise go unnoticed while the steps before it commit.
        console.error('Remote Pitch: database upgrade failed; keeping the previous version.', error);
        tx.abort();
      });
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
