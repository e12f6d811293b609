/**
 * The one message contract between the popup, the options page, the content script and the
 * background service worker. Every request names its type; `MessageMap` says what it carries
 * and what comes back, so a wrong payload or a misread answer fails to compile on both sides.
 *
 * This module is imported by the content script, so it must stay tiny and free of the
 * polyfill: it talks to whichever `runtime` the browser provides (Firefox's `browser`, or
 * Chrome's promise-returning `chrome` in MV3).
 */
import type { CategoryId } from '../core/categories';
import type { SiteId } from '../core/sites';
import type { NewPoint, PitchPoint, PointChanges } from '../core/point';
import type { Profile } from '../core/profile';
import type { BackupDocument } from '../core/backup-format';
import type { ImportPlan } from '../core/import-plan';
import type { DraftAnalysis, FindingId } from '../core/coach/analyze';
import type { CoachBadge } from './coach-view';
import type { DraftKind, SavedDraft } from '../core/draft/saved-draft';
import type { DraftText } from './drafts-view';
import type { OutcomeEntry, OutcomeInput } from '../core/outcome/outcome';
import type { Mark, RehearsalMark } from '../core/rehearsal/rehearsal';
import type { EmailKind, SavedEmail, TrialSettings } from '../core/outcome/saved-follow-up';
import type { ViewNode } from './view-node';
import type { SyncStatus } from './sync-status';
import { extensionApi } from './extension-api';

interface MessageMap {
  'points/list': { request: Record<string, never>; response: PitchPoint[] };
  'points/create': { request: { point: NewPoint }; response: PitchPoint };
  'points/update': { request: { id: string; changes: PointChanges }; response: PitchPoint };
  'points/delete': { request: { ids: string[] }; response: { deleted: PitchPoint[] } };
  /** Puts points back exactly as they were: the undo of a delete. */
  'points/put': { request: { points: PitchPoint[] }; response: { count: number } };
  'points/reorder': { request: { category: CategoryId; ids: string[] }; response: PitchPoint[] };
  'points/record-use': { request: { id: string }; response: PitchPoint };
  'starter/restore': { request: Record<string, never>; response: { added: number } };
  'profile/get': { request: Record<string, never>; response: Profile };
  /** Replaces the whole profile (the popup's form). */
  'profile/save': { request: { profile: Profile }; response: Profile };
  /** Sets only the given fill-ins, keeping the others. */
  'profile/update': { request: { values: Profile }; response: Profile };
  /**
   * The compose panel's inline prompt: the text of point `id` with the user's `answers` for the
   * fill-ins the profile lacks (a skipped one becomes a visible [gap]); with `save`, the answers go
   * into the profile, only for fill-ins that point asks for.
   */
  'points/fill-in': { request: { id: string; answers: Record<string, string>; save: boolean }; response: { text: string } };
  /** The compose panel's styles (`panel-styles.ts`), which the script every mail page loads doesn't carry. */
  'ui/panel-styles': { request: Record<string, never>; response: { css: string } };
  /**
   * Injects the panel's script (`panel-script.ts`) into the frame of the content script asking, and
   * only there: the worker takes the tab and frame from the sender, never from the request.
   */
  'ui/panel-script': { request: Record<string, never>; response: true };
  /** The panel's prompt for the fill-ins `names` of the point titled `title` (`fill-in-form.ts`). */
  'ui/fill-in-form': { request: { title: string; names: string[] }; response: ViewNode };
  'data/export': { request: Record<string, never>; response: BackupDocument };
  /** Validates a file's text and says what importing it would do, changing nothing. */
  'data/preview-import': { request: { json: string }; response: ImportPlan };
  /**
   * `importId` names this attempt: the worker stores it with the import, in the same transaction,
   * so a popup whose request got no answer (the worker was stopped) can ask whether it happened.
   */
  'data/import': { request: { json: string; importId?: string }; response: ImportPlan };
  /** Whether the import named `importId` was written (wholly: it is one transaction) and what it did. */
  'data/import-status': { request: { importId: string }; response: { done: false } | { done: true; plan: ImportPlan } };
  'data/delete-all': { request: Record<string, never>; response: { deleted: number } };
  /** Turns "Keep my pitch on my other computers" on or off; on merges at once. */
  'sync/set': { request: { enabled: boolean }; response: SyncStatus };
  /**
   * The draft coach, run in the service worker so its rules stay out of the script every mail page
   * loads; the draft goes no further than the worker. It comes as `draft` (the body as `draftTree`'s
   * `DraftNode`s; typed loosely because the worker checks their shape) or as `text`. `rank` also orders the user's points for the panel (ids, best
   * first); `view` also draws the coach's panel section.
   */
  'coach/analyze': {
    request: { draft?: unknown[]; text?: string; insertedIds?: string[]; dismissed?: FindingId[]; rank?: boolean; view?: boolean };
    response: { analysis: DraftAnalysis; badge: CoachBadge | null; order?: string[]; view?: ViewNode };
  };
  /** The draft the popup's builder keeps (null before the user opened it). */
  'drafts/get': { request: { kind: DraftKind }; response: SavedDraft | null };
  'drafts/save': { request: { kind: DraftKind; draft: SavedDraft }; response: SavedDraft };
  /**
   * For the compose panel: its section offering the whole drafts (drawn here, see drafts-view.ts) and
   * each draft's text as it stands now, by the `value` of its button.
   */
  'drafts/list': { request: Record<string, never>; response: [ViewNode, Partial<Record<DraftKind | 'recap', DraftText>>] };
  /** A listed whole draft with the answers its fill-in prompt got, as `points/fill-in` does for a point. */
  'drafts/fill-in': { request: { kind: DraftKind | 'recap'; answers: Record<string, string>; save: boolean }; response: { text: string } };
  /** The outcome log, newest first. */
  'outcomes/list': { request: Record<string, never>; response: OutcomeEntry[] };
  /** Adds an entry, or replaces the one with the same id. */
  'outcomes/save': { request: { entry: OutcomeInput }; response: OutcomeEntry };
  'outcomes/delete': { request: { id: string }; response: { deleted: boolean } };
  'rehearsal/list': { request: Record<string, never>; response: RehearsalMark[] };
  'rehearsal/mark': { request: { pointId: string; mark: Mark }; response: RehearsalMark };
  /** The recap and review emails as the user edited them (null while they follow what is built). */
  'emails/get': { request: { kind: EmailKind }; response: SavedEmail | null };
  'emails/save': { request: { kind: EmailKind; email: SavedEmail }; response: SavedEmail };
  'trial/get': { request: Record<string, never>; response: TrialSettings };
  'trial/save': { request: { settings: TrialSettings }; response: TrialSettings };
}

export type MessageType = keyof MessageMap;
export type RequestOf<T extends MessageType> = MessageMap[T]['request'];
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];

export type Message = { [T in MessageType]: { type: T } & RequestOf<T> }[MessageType];

/** Errors cross the process boundary as plain data: a thrown Error would arrive as `{}`. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

/** The extension was reloaded or updated while this page stayed open: only a reload helps. */
export class ContextInvalidatedError extends Error {
  constructor() {
    super('Remote Pitch was updated or reloaded. Reload this page to use it again.');
    this.name = 'ContextInvalidatedError';
  }
}


export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Sends one request to the background and returns its reply, a refusal included (`ok: false`);
 * throws only when no reply came (the extension was reloaded, or its worker stopped meanwhile).
 * For a caller that must tell the two apart; most want `send`.
 */
export async function sendForReply<T extends MessageType>(type: T, body: RequestOf<T>): Promise<Reply<ResponseOf<T>>> {
  const rt = extensionApi()?.runtime;
  // An orphaned content script keeps running after an update but loses its runtime id.
  if (!rt?.id || !rt.sendMessage) throw new ContextInvalidatedError();
  let reply: Reply<ResponseOf<T>> | undefined;
  try {
    reply = (await rt.sendMessage({ type, ...body })) as Reply<ResponseOf<T>> | undefined;
  } catch (error) {
    if (/context invalidated/i.test(String(error))) throw new ContextInvalidatedError();
    throw error;
  }
  if (!reply) throw new Error(`No answer from Remote Pitch's background for ${type}.`);
  return reply;
}

/** Sends one request to the background and returns its typed answer, or throws its error. */
export async function send<T extends MessageType>(type: T, body: RequestOf<T>): Promise<ResponseOf<T>> {
  const reply = await sendForReply(type, body);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/**
 * The other direction: what the extension tells a content script in a mail tab. Kept apart from
 * `MessageMap` because content scripts never send it: `panel/open` is the relayed shortcut, and
 * settings ask with `page/status` what the script found on its page (answered with `PageStatus`).
 */
export type ContentCommand = { type: 'panel/open' } | { type: 'page/status' };

export function isContentCommand(value: unknown): value is ContentCommand {
  return isMessage(value) && ['panel/open', 'page/status'].includes((value as { type: string }).type);
}

/** What a mail tab's content script recognises on its page, so settings can say what broke. */
export interface PageStatus {
  site: SiteId;
  /** Whether the user has this site switched on. */
  on: boolean;
  /** Composes whose body was recognised. */
  composes: number;
  /** Of those, the ones whose launcher sits on the body because their toolbar was not recognised. */
  onBody: number;
}

export function isPageStatus(value: unknown): value is PageStatus {
  const status = value as Partial<PageStatus> | null;
  return typeof status === 'object' && status !== null && typeof status.site === 'string' && typeof status.composes === 'number' && typeof status.onBody === 'number';
}
