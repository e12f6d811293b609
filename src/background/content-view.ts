import type { IDBPDatabase } from 'idb';
import { completeFillIns, placeholderMatches } from '../core/fill';
import type { PitchPoint } from '../core/point';
import { byEmailFirst } from '../core/point-order';
import type { Message, ResponseOf } from '../shared/messages';
import type { PitchDB } from '../storage/schema';
import { listPoints } from '../storage/points';
import { getProfile, updateProfile } from '../storage/profile';
import { listDrafts } from './drafts';

/**
 * What a content script is given and may change, beyond which requests it may make at all. It runs
 * in a mail page, whose scripts share its DOM: it gets only the points its panel offers (private
 * meeting-prep notes stay here), in the panel's order, and saves only fill-ins that the point it
 * is inserting asks for.
 */

/** Points meant for emails or meetings; ones kept for preparing the talk alone never reach a mail page. */
const offered = (point: PitchPoint) => point.use.length === 0 || point.use.some((use) => use !== 'prep');

/**
 * The answer as a content script may see it. Its points come in the panel's order: by category,
 * those meant for emails before meeting-only ones (the sorting stays out of every mail page's script).
 */
export function contentScriptView(message: Message, value: unknown): unknown {
  return message.type === 'points/list' ? (value as PitchPoint[]).filter(offered).sort(byEmailFirst) : value;
}

/**
 * A point's text with the answers a compose's prompt got, from the point and profile stored here:
 * an answer counts, and is saved, only for a fill-in the point's own text asks for.
 */
export async function fillInPoint(db: IDBPDatabase<PitchDB>, m: Extract<Message, { type: 'points/fill-in' }>, now: number): Promise<ResponseOf<'points/fill-in'>> {
  const point = (await listPoints(db)).find((candidate) => candidate.id === m.id && offered(candidate));
  if (!point) throw new Error('That point is no longer in your list.');
  return fillInText(db, point.text, m, now);
}

/** The same for a whole draft the panel offers, as the worker builds it now. */
export async function fillInDraft(db: IDBPDatabase<PitchDB>, m: Extract<Message, { type: 'drafts/fill-in' }>, now: number): Promise<ResponseOf<'drafts/fill-in'>> {
  const [, drafts] = await listDrafts(db, now);
  const draft = drafts[m.kind];
  if (!draft) throw new Error('That draft is no longer there: open the panel again.');
  return fillInText(db, draft.text, m, now);
}

async function fillInText(db: IDBPDatabase<PitchDB>, text: string, m: { answers: Record<string, unknown>; save: boolean }, now: number): Promise<{ text: string }> {
  const asked = new Set([...placeholderMatches(text)].map((match) => match[1]));
  const answers = Object.fromEntries(Object.entries(m.answers).filter((entry): entry is [string, string] => asked.has(entry[0]) && typeof entry[1] === 'string'));
  const done = completeFillIns(text, await getProfile(db), answers);
  if (m.save && Object.keys(done.toSave).length > 0) await updateProfile(db, done.toSave, now);
  return { text: done.text };
}
