import type { IDBPDatabase } from 'idb';
import { isMessage, type Message, type MessageType, type Reply, type ResponseOf } from '../shared/messages';
import type { PitchDB } from '../storage/schema';
import { handlers } from './handlers';
import { checkRequest, isKnownType } from './requests';
import { messageOf } from '../core/errors';
import { contentScriptView } from './content-view';

/**
 * What a content script may ask for. It runs inside the mail page, so even though its world is
 * isolated, bulk operations (export, import, delete all) stay with the extension's own pages.
 */
const CONTENT_SCRIPT_REQUESTS: ReadonlySet<MessageType> = new Set<MessageType>([
  'points/list',
  'points/record-use',
  'coach/analyze',
  'profile/get',
  'drafts/list',
  'drafts/fill-in',
  'points/fill-in',
  'ui/panel-styles',
  'ui/fill-in-form',
]);

/**
 * Answers one message: the envelope is checked first (a known type, allowed from where it came,
 * shaped as its type says), then its handler runs on the checked copy. Errors become
 * `{ ok: false, error }` because a rejected promise crosses the runtime boundary as an empty
 * object and the sender would learn nothing.
 */
export async function dispatch(
  db: () => Promise<IDBPDatabase<PitchDB>>,
  message: unknown,
  now: number,
  from: 'extension-page' | 'content-script',
): Promise<Reply<unknown>> {
  if (!isMessage(message) || !isKnownType(message.type)) {
    return { ok: false, error: `Unknown request: ${describe(message)}` };
  }
  if (from === 'content-script' && !CONTENT_SCRIPT_REQUESTS.has(message.type)) {
    return { ok: false, error: `'${message.type}' is only available from the Remote Pitch popup.` };
  }
  if (message.type === 'ui/panel-script') return { ok: false, error: "'ui/panel-script' is answered by the worker's message listener." };
  const checked = checkRequest(message.type, message);
  if (!checked.ok) return checked;
  try {
    const open = await db();
    const value = await run(open, checked.request as Extract<Message, { type: Exclude<MessageType, 'ui/panel-script'> }>, now);
    return { ok: true, value: from === 'content-script' ? contentScriptView(message, value) : value };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}

function run<T extends Exclude<MessageType, 'ui/panel-script'>>(db: IDBPDatabase<PitchDB>, message: Extract<Message, { type: T }>, now: number): Promise<ResponseOf<T>> {
  const handler = handlers[(message as { type: T }).type] as (db: IDBPDatabase<PitchDB>, m: Extract<Message, { type: T }>, now: number) => Promise<ResponseOf<T>>;
  return handler(db, message, now);
}

function describe(message: unknown): string {
  if (isMessage(message)) return `'${message.type}'`;
  return typeof message;
}
