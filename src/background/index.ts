import browser from 'webextension-polyfill';
import type { IDBPDatabase } from 'idb';
import { AREA_PREFIX } from '../core/sync/area';
import { isMessage, type MessageType } from '../shared/messages';
import { SITE_SWITCHES_KEY } from '../shared/site-switches';
import { openPitchDB } from '../storage/open';
import { DB_NAME, type PitchDB } from '../storage/schema';
import { seedStarterIfNew } from '../storage/starter';
import { dispatch } from './dispatch';
import { injectPanelScript } from './panel-script';
import { configureSync, requestSync } from './sync/engine';
import './commands';

/**
 * The service worker owns the database. Chrome stops it when idle, so the connection below is
 * only a cache for the life of one worker: every path re-opens it when missing, and seeding is
 * idempotent (a flag in the database, not in memory).
 */
let connection: Promise<IDBPDatabase<PitchDB>> | undefined;

function database(): Promise<IDBPDatabase<PitchDB>> {
  // onClose covers both a close by the browser and our own close when a newer version needs the database.
  connection ??= openPitchDB(DB_NAME, { onClose: () => (connection = undefined) }).then(async (db) => {
    await seedStarterIfNew(db, Date.now());
    return db;
  });
  connection.catch(() => (connection = undefined));
  return connection;
}

// Every wake is for a request or an event that reads the database: it opens while the rest of
// this script is evaluated, not after (a failed open is already handled and forgotten above).
void database();

/** Requests that change what sync carries; each asks for a round once it succeeded. */
const SYNCED_WRITES: ReadonlySet<MessageType> = new Set<MessageType>([
  'points/create',
  'points/update',
  'points/delete',
  'points/put',
  'points/reorder',
  'starter/restore',
  'profile/save',
  'profile/update',
  'data/import',
  'outcomes/save',
  'outcomes/delete',
  // A compose's fill-in prompt saves the answers it was told to keep.
  'points/fill-in',
  'drafts/fill-in',
]);

// The synced copy holds the whole library: like the database, it is for the extension's own
// pages and worker, not for the content script that runs in mail pages. Chrome (102+) can say so;
// Firefox has no such call for this area, and our content script there simply never reads it.
void (globalThis as { chrome?: { storage?: { sync?: { setAccessLevel?(options: { accessLevel: string }): Promise<void> } } } }).chrome?.storage?.sync
  ?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
  .catch(() => undefined);

configureSync({
  area: {
    getAll: () => browser.storage.sync.get(null),
    set: (items) => browser.storage.sync.set(items),
    remove: (keys) => browser.storage.sync.remove(keys),
  },
  local: {
    get: async (key) => (await browser.storage.local.get(key))[key],
    set: (key, value) => browser.storage.local.set({ [key]: value }),
  },
  database,
  now: () => Date.now(),
  sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
});
// A change whose round the last worker did not finish goes out now.
requestSync('start');

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && Object.keys(changes).some((key) => key.startsWith(AREA_PREFIX))) requestSync('remote');
  if (area === 'local' && Object.hasOwn(changes, SITE_SWITCHES_KEY)) requestSync('local');
});

browser.runtime.onInstalled.addListener(() => {
  void database();
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own pages and content scripts may talk to the database.
  if (sender.id !== browser.runtime.id) return undefined;
  const fromPage = sender.url?.startsWith(browser.runtime.getURL('')) === true;
  // Needs no database, only who asked: answered before the database opens (a stopped worker wakes faster).
  if (isMessage(message) && message.type === 'ui/panel-script') return injectPanelScript(browser.scripting, message, fromPage ? {} : sender);
  return dispatch(database, message, Date.now(), fromPage ? 'extension-page' : 'content-script').then((reply) => {
    const type = (message as { type?: unknown }).type;
    if (reply.ok && typeof type === 'string' && SYNCED_WRITES.has(type as MessageType)) requestSync('local');
    return reply;
  });
});
