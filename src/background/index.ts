import browser from 'webextension-polyfill';
import type { IDBPDatabase } from 'idb';
import { openPitchDB } from '../storage/open';
import { DB_NAME, type PitchDB } from '../storage/schema';
import { seedStarterIfNew } from '../storage/starter';
import { dispatch } from './dispatch';
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

browser.runtime.onInstalled.addListener(() => {
  void database();
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  // Only our own pages and content scripts may talk to the database.
  if (sender.id !== browser.runtime.id) return undefined;
  const fromPage = sender.url?.startsWith(browser.runtime.getURL('')) === true;
  return dispatch(database, message, Date.now(), fromPage ? 'extension-page' : 'content-script');
});
