import type { IDBPDatabase } from 'idb';
import type { Message, MessageType, ResponseOf } from '../shared/messages';
import type { PitchDB } from '../storage/schema';
import { createPointIn, deletePoints, listPoints, putPoints, recordUse, reorderPoints, updatePoint } from '../storage/points';
import { getProfile, saveProfile, updateProfile } from '../storage/profile';
import { applyImport, exportAll, previewImport } from '../storage/backup';
import { deleteAllData, restoreStarter } from '../storage/starter';
import { coach } from './coach';

type Handlers = {
  [T in MessageType]: (db: IDBPDatabase<PitchDB>, message: Extract<Message, { type: T }>, now: number) => Promise<ResponseOf<T>>;
};

/** One handler per message type; the mapped type makes a missing or mistyped handler a compile error. */
export const handlers: Handlers = {
  'points/list': (db) => listPoints(db),
  'points/create': (db, m, now) => createPointIn(db, m.point, now),
  'points/update': (db, m, now) => updatePoint(db, m.id, m.changes, now),
  'points/delete': async (db, m) => ({ deleted: await deletePoints(db, m.ids) }),
  'points/put': async (db, m) => {
    await putPoints(db, m.points);
    return { count: m.points.length };
  },
  'points/reorder': (db, m, now) => reorderPoints(db, m.category, m.ids, now),
  'points/record-use': (db, m, now) => recordUse(db, m.id, now),
  'starter/restore': (db, _m, now) => restoreStarter(db, now),
  'profile/get': (db) => getProfile(db),
  'profile/save': (db, m) => saveProfile(db, m.profile),
  'profile/update': (db, m) => updateProfile(db, m.values),
  'data/export': (db, _m, now) => exportAll(db, now),
  'data/preview-import': (db, m) => previewImport(db, m.json),
  'data/import': (db, m) => applyImport(db, m.json),
  'data/delete-all': async (db) => ({ deleted: await deleteAllData(db) }),
  'coach/analyze': coach,
};

export function isKnownType(type: string): type is MessageType {
  return Object.hasOwn(handlers, type);
}
