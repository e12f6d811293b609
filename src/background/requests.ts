/**
 * The shape of every request the worker accepts, checked before any handler runs. Types end at
 * the process boundary: a page (or a mail page's content script) can send anything, and a text
 * where a list belongs would otherwise be iterated letter by letter (`ids: "p-1"` deleting `p`,
 * `-` and `1`). Envelopes are strict, like stored points: a key no request has is an error, not
 * a silent no-op. What a request carries inside (a point's fields, fill-ins, a backup file) is
 * checked again by the storage code that keeps it, with the rules of `core/validation.ts`.
 */
import * as v from 'valibot';
import { CATEGORY_IDS } from '../core/categories';
import { FINDING_IDS, type FindingId } from '../core/coach/analyze';
import type { NewPoint, PitchPoint, PointChanges } from '../core/point';
import type { Profile } from '../core/profile';
import { isDraftKind, type DraftKind, type SavedDraft } from '../core/draft/saved-draft';
import type { OutcomeInput } from '../core/outcome/outcome';
import { isEmailKind, type EmailKind, type SavedEmail, type TrialSettings } from '../core/outcome/saved-follow-up';
import { MARKS } from '../core/rehearsal/rehearsal';
import { describeIssues, expected, objectMessage, ONE_ISSUE_PER_FIELD } from '../core/validation';
import type { Message, MessageType, RequestOf } from '../shared/messages';

const text = () => v.string(expected('text'));
const texts = (what: string) => v.array(text(), expected(`a list of ${what}`));
const flag = () => v.boolean(expected('true or false'));

/** An object whose fields the storage layer checks one by one; here only that it is one. */
function fields<T>(what: string) {
  return v.custom<T>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), expected(what));
}

const isFindingId = (id: string): id is FindingId => (FINDING_IDS as readonly string[]).includes(id);

/** A request without fields is typed `Record<string, never>`, which no object with a `type` satisfies. */
type Body<T extends MessageType> = RequestOf<T> extends Record<string, never> ? unknown : RequestOf<T>;
type Envelope<T extends MessageType> = v.GenericSchema<unknown, { type: T } & Body<T>>;

function envelope<T extends MessageType, E extends v.ObjectEntries>(type: T, entries: E) {
  return v.strictObject({ type: v.literal(type), ...entries }, objectMessage(`a '${type}' request`));
}

/** One schema per message type; the mapped type makes a missing or mistyped one a compile error. */
const REQUESTS: { [T in MessageType]: Envelope<T> } = {
  'points/list': envelope('points/list', {}),
  'points/create': envelope('points/create', { point: fields<NewPoint>('a point') }),
  'points/update': envelope('points/update', { id: text(), changes: fields<PointChanges>('the changes to a point') }),
  'points/delete': envelope('points/delete', { ids: texts('point ids') }),
  'points/put': envelope('points/put', { points: v.array(fields<PitchPoint>('a point'), expected('a list of points')) }),
  'points/reorder': envelope('points/reorder', {
    category: v.picklist(CATEGORY_IDS, expected(`one of ${CATEGORY_IDS.join(', ')}`)),
    ids: texts('point ids'),
  }),
  'points/record-use': envelope('points/record-use', { id: text() }),
  'points/fill-in': envelope('points/fill-in', { id: text(), answers: fields<Record<string, string>>('the answers'), save: flag() }),
  'ui/panel-styles': envelope('ui/panel-styles', {}),
  'ui/panel-script': envelope('ui/panel-script', {}),
  'ui/fill-in-form': envelope('ui/fill-in-form', { title: text(), names: texts('fill-in names') }),
  'starter/restore': envelope('starter/restore', {}),
  'profile/get': envelope('profile/get', {}),
  'profile/save': envelope('profile/save', { profile: fields<Profile>('the fill-ins') }),
  'profile/update': envelope('profile/update', { values: fields<Profile>('the fill-ins') }),
  'data/export': envelope('data/export', {}),
  'data/preview-import': envelope('data/preview-import', { json: text() }),
  'data/import': envelope('data/import', { json: text(), importId: v.optional(text()) }),
  'data/import-status': envelope('data/import-status', { importId: text() }),
  'data/delete-all': envelope('data/delete-all', {}),
  'sync/set': envelope('sync/set', { enabled: flag() }),
  'coach/analyze': envelope('coach/analyze', {
    draft: v.optional(v.array(v.unknown(), expected('a list of draft nodes'))),
    text: v.optional(text()),
    insertedIds: v.optional(texts('point ids')),
    // A finding this release no longer has (a page open since an update) is dropped, not an error.
    dismissed: v.optional(v.pipe(texts('finding ids'), v.transform((ids) => ids.filter(isFindingId)))),
    rank: v.optional(flag()),
    view: v.optional(flag()),
  }),
  'drafts/get': envelope('drafts/get', { kind: v.custom<DraftKind>(isDraftKind, expected('a kind of draft')) }),
  'drafts/save': envelope('drafts/save', {
    kind: v.custom<DraftKind>(isDraftKind, expected('a kind of draft')),
    draft: fields<SavedDraft>('a draft'),
  }),
  'drafts/list': envelope('drafts/list', {}),
  'drafts/fill-in': envelope('drafts/fill-in', {
    kind: v.custom<DraftKind | 'recap'>((kind) => kind === 'recap' || isDraftKind(kind), expected('a kind of draft')),
    answers: fields<Record<string, string>>('the answers'),
    save: flag(),
  }),
  'outcomes/list': envelope('outcomes/list', {}),
  'outcomes/save': envelope('outcomes/save', { entry: fields<OutcomeInput>('an outcome entry') }),
  'outcomes/delete': envelope('outcomes/delete', { id: text() }),
  'rehearsal/list': envelope('rehearsal/list', {}),
  'rehearsal/mark': envelope('rehearsal/mark', {
    pointId: text(),
    mark: v.picklist(MARKS, expected(`one of ${MARKS.join(', ')}`)),
  }),
  'emails/get': envelope('emails/get', { kind: v.custom<EmailKind>(isEmailKind, expected('a kind of email')) }),
  'emails/save': envelope('emails/save', {
    kind: v.custom<EmailKind>(isEmailKind, expected('a kind of email')),
    email: fields<SavedEmail>('an email'),
  }),
  'trial/get': envelope('trial/get', {}),
  'trial/save': envelope('trial/save', { settings: fields<TrialSettings>('the trial plan') }),
};

export function isKnownType(type: string): type is MessageType {
  return Object.hasOwn(REQUESTS, type);
}

/** The request as its handler may read it, rebuilt from checked fields, or the first problem in words. */
export function checkRequest<T extends MessageType>(type: T, message: unknown): { ok: true; request: Extract<Message, { type: T }> } | { ok: false; error: string } {
  const result = v.safeParse(REQUESTS[type], message, ONE_ISSUE_PER_FIELD);
  if (!result.success) return { ok: false, error: `Can't do '${type}': ${describeIssues(result.issues, 'request')}` };
  return { ok: true, request: result.output as Extract<Message, { type: T }> };
}
