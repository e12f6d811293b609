import type { IDBPDatabase } from 'idb';
import type { Message, MessageType, ResponseOf } from '../shared/messages';
import type { PitchDB } from '../storage/schema';
import { createPointIn, deletePoints, listPoints, putPoints, recordUse, reorderPoints, updatePoint } from '../storage/points';
import { getProfile, saveProfile, updateProfile } from '../storage/profile';
import { applyImport, exportAll, importStatus, previewImport } from '../storage/backup';
import { deleteAllData, restoreStarter } from '../storage/starter';
import type { ViewNode } from '../shared/view-node';
import { leaveSync, setSyncEnabled } from './sync/engine';
import { getDraft, saveDraft } from '../storage/drafts';
import { listDrafts } from './drafts';
import { deleteOutcome, listOutcomes, saveOutcome } from '../storage/outcomes';
import { listRehearsals, markRehearsal } from '../storage/rehearsals';
import { getEmail, getTrialSettings, saveEmail, saveTrialSettings } from '../storage/follow-ups';
import { PANEL_CSS } from '../shared/panel-styles';
import { fillInDraft, fillInPoint } from './content-view';
import { fillInFormView } from '../shared/fill-in-form';
import { LIMITS } from '../core/point';
import { coach } from './coach';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** A fill-in's name as placeholders write it (`core/fill.ts`); a page can send anything else. */
const FILL_IN_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

function fillInForm(m: Extract<Message, { type: 'ui/fill-in-form' }>): ViewNode {
  const names = strings(m.names).filter((name) => FILL_IN_NAME.test(name));
  if (typeof m.title !== 'string' || names.length === 0 || names.length !== m.names.length) throw new Error('A fill-in prompt needs a point title and the names of its fill-ins.');
  return fillInFormView(m.title.slice(0, LIMITS.titleLength), names.slice(0, 50));
}

/** `ui/panel-script` needs the sender, not the database: `panel-script.ts` answers it. */
type Handlers = {
  [T in Exclude<MessageType, 'ui/panel-script'>]: (db: IDBPDatabase<PitchDB>, message: Extract<Message, { type: T }>, now: number) => Promise<ResponseOf<T>>;
};

/** One handler per message type; the mapped type makes a missing or mistyped handler a compile error. */
export const handlers: Handlers = {
  'points/list': (db) => listPoints(db),
  'points/create': (db, m, now) => createPointIn(db, m.point, now),
  'points/update': (db, m, now) => updatePoint(db, m.id, m.changes, now),
  'points/delete': async (db, m, now) => ({ deleted: await deletePoints(db, m.ids, now) }),
  'points/put': async (db, m) => {
    await putPoints(db, m.points);
    return { count: m.points.length };
  },
  'points/reorder': (db, m, now) => reorderPoints(db, m.category, m.ids, now),
  'points/record-use': (db, m, now) => recordUse(db, m.id, now),
  'starter/restore': (db, _m, now) => restoreStarter(db, now),
  'profile/get': (db) => getProfile(db),
  'profile/save': (db, m, now) => saveProfile(db, m.profile, now),
  'profile/update': (db, m, now) => updateProfile(db, m.values, now),
  'points/fill-in': (db, m, now) => fillInPoint(db, m, now),
  'ui/panel-styles': async () => ({ css: PANEL_CSS }),
  'ui/fill-in-form': async (_db, m) => fillInForm(m),
  'data/export': (db, _m, now) => exportAll(db, now),
  'data/preview-import': (db, m) => previewImport(db, m.json),
  'data/import': (db, m, now) => applyImport(db, m.json, now, m.importId),
  'data/import-status': (db, m) => importStatus(db, m.importId),
  'data/delete-all': async (db) => {
    // First out of sync: a copy left in the area would come back on the next round.
    await leaveSync();
    return { deleted: await deleteAllData(db) };
  },
  'sync/set': (_db, m) => setSyncEnabled(m.enabled),
  'coach/analyze': coach,
  'drafts/get': (db, m) => getDraft(db, m.kind),
  'drafts/save': (db, m, now) => saveDraft(db, m.kind, m.draft, now),
  'drafts/list': (db, _m, now) => listDrafts(db, now),
  'drafts/fill-in': (db, m, now) => fillInDraft(db, m, now),
  'outcomes/list': (db) => listOutcomes(db),
  'outcomes/save': (db, m, now) => saveOutcome(db, m.entry, now),
  'outcomes/delete': async (db, m, now) => ({ deleted: await deleteOutcome(db, m.id, now) }),
  'rehearsal/list': (db) => listRehearsals(db),
  'rehearsal/mark': (db, m, now) => markRehearsal(db, m.pointId, m.mark, now),
  'emails/get': (db, m) => getEmail(db, m.kind),
  'emails/save': (db, m, now) => saveEmail(db, m.kind, m.email, now),
  'trial/get': (db) => getTrialSettings(db),
  'trial/save': (db, m) => saveTrialSettings(db, m.settings),
};
