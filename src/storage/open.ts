import { openDB, unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { messageOf } from '../core/errors';
import { DB_NAME, type PitchDB } from './schema';

type UpgradeTransaction = IDBPTransaction<PitchDB, StoreNames<PitchDB>[], 'versionchange'>;

/**
 * One step of the schema: entry N-1 takes a database from version N-1 to N. Steps never change
 * once released; a new version appends one, and a user several releases behind runs them all in
 * order, inside the single upgrade transaction: if one fails, the database stays as it was, at
 * its old version, and the open fails with the step and its cause in the message. A step may be
 * async and await anything: the upgrade transaction is held open until it settles (see
 * `holdOpen`), so a step cannot be cut short by the transaction committing under it.
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
  // v2: sync's memory of the last merge, and the deletions it must pass on.
  (db) => {
    db.createObjectStore('syncKnown');
    db.createObjectStore('deletions', { keyPath: 'key' }).createIndex('by-at', 'at');
  },
  // v3: the outcome log and rehearsal progress, each in its own store.
  (db) => {
    db.createObjectStore('outcomes', { keyPath: 'id' });
    db.createObjectStore('rehearsals', { keyPath: 'pointId' });
  },
];

/** How long one async step may take before the upgrade gives up (and keeps the old version). */
const STEP_TIMEOUT_MS = 60_000;

/**
 * Keeps the upgrade transaction from committing while `step` is pending. A transaction commits
 * as soon as it has no request left when the current task ends, so a step that awaits a timer or
 * a message (anything but one of its own requests) would find it finished, its later writes
 * would fail, and the database would open at the new version half migrated. One cheap request
 * is kept in flight until the step settles, which holds the transaction open.
 */
function holdOpen(tx: UpgradeTransaction, step: Promise<void>, fail: (error: unknown) => void): void {
  let settled = false;
  const done = () => (settled = true);
  step.then(done, done);
  const raw = unwrap(tx);
  const timer = setTimeout(() => {
    if (!settled) fail(new Error(`it was still running after ${STEP_TIMEOUT_MS / 1000} s`));
  }, STEP_TIMEOUT_MS);
  const ping = () => {
    if (settled) {
      clearTimeout(timer);
      return;
    }
    const store = raw.objectStoreNames[0];
    if (store === undefined) {
      fail(new Error('it waits for something while the database has no store yet to hold the upgrade open'));
      return;
    }
    try {
      raw.objectStore(store).count().onsuccess = ping;
    } catch {
      // The transaction was aborted meanwhile: the failure is already recorded.
      clearTimeout(timer);
    }
  };
  ping();
}

export interface OpenOptions {
  /** Tests pass a longer or shorter list to prove that one version's data survives the next. */
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
  let failure: { from: number; step: number; error: unknown } | undefined;
  const opening = openDB<PitchDB>(name, migrations.length, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // A failed upgrade already rejects the open; without this its transaction's own
      // rejection would surface a second time, unhandled.
      tx.done.catch(() => undefined);
      const fail = (step: number) => (error: unknown) => {
        failure ??= { from: oldVersion, step, error };
        try {
          tx.abort();
        } catch {
          // Already aborted by the failed request itself.
        }
      };
      // Steps run synchronously until one returns a promise, so schema changes happen while
      // the upgrade event is still being handled, and later steps see earlier steps' records.
      const runFrom = (version: number): void => {
        for (; version <= migrations.length; version += 1) {
          let pending: void | Promise<void>;
          try {
            pending = migrations[version - 1]?.(db, tx);
          } catch (error) {
            fail(version)(error);
            return;
          }
          if (pending) {
            const next = version + 1;
            holdOpen(tx, pending, fail(version));
            pending.then(() => (failure ? undefined : runFrom(next)), fail(version));
            return;
          }
        }
      };
      runFrom(oldVersion + 1);
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
  return opening.then(
    (db) => (connection = db),
    (error: unknown) => {
      if (!failure) throw error;
      const { from, step, error: cause } = failure;
      throw new Error(
        `Remote Pitch could not upgrade its database from version ${from} to ${migrations.length}: step ${step} failed (${messageOf(cause)}). Nothing was changed: the database is still at version ${from}, with all its data.`,
        { cause },
      );
    },
  );
}
