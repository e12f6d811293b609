/**
 * What sync carries, kind by kind: the fields of each (each merged on its own) and how a stored
 * value becomes fields and back. The service worker's registry (`background/sync/registry.ts`) pairs
 * each kind with the store it lives in; a new synced store is one kind here and one entry there.
 *
 * What stays on each computer: a point's creation time and its use counts (how often it was
 * inserted here), which say something about this computer rather than about the pitch. An outcome
 * entry's creation time does travel: it is when the ask was written down, and orders the log.
 */
import { starterPoints } from '../starter';
import { PROFILE_KEYS, type Profile } from '../profile';
import { SITE_IDS } from '../sites';
import type { PitchPoint } from '../point';
import { checkOutcome, type OutcomeEntry } from '../outcome/outcome';
import { checkPoint, checkProfile } from '../validation';
import { latest, type FieldValue, type Fields, type LiveRecord } from './record';

export const SYNC_KINDS = {
  points: ['category', 'title', 'text', 'objection', 'tags', 'evidence', 'use', 'order', 'origin', 'onMeetingCard'],
  profile: PROFILE_KEYS,
  settings: SITE_IDS,
  // What was agreed is one object in the entry but four fields here, so an edit of the days on one
  // computer and of the start date on another both stay.
  outcomes: ['askedOn', 'answer', 'mode', 'agreedDays', 'agreedStartDate', 'agreedTrialWeeks', 'agreedMeasures', 'notes', 'askAgainOn', 'createdAt'],
} as const satisfies Record<string, readonly string[]>;

export type SyncKindName = keyof typeof SYNC_KINDS;

/** The one record of a kind that has a single record (the profile, the settings). */
export const SINGLE_ID = 'main';

export const recordKey = (kind: SyncKindName, id: string): string => `${kind}/${id}`;

export function splitKey(key: string): { kind: SyncKindName; id: string } | undefined {
  const slash = key.indexOf('/');
  const kind = key.slice(0, slash);
  if (slash < 1 || !Object.hasOwn(SYNC_KINDS, kind)) return undefined;
  return { kind: kind as SyncKindName, id: key.slice(slash + 1) };
}

const valueOf = (value: unknown): FieldValue => {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
};

function fieldsOf(kind: SyncKindName, source: object): Fields {
  const fields: Record<string, FieldValue> = {};
  for (const name of SYNC_KINDS[kind]) fields[name] = valueOf((source as Record<string, unknown>)[name]);
  return fields;
}

export const pointFields = (point: PitchPoint): Fields => fieldsOf('points', point);
export const profileFields = (profile: Profile): Fields => fieldsOf('profile', profile);

export function outcomeFields(entry: OutcomeEntry): Fields {
  const { agreed, ...rest } = entry;
  return fieldsOf('outcomes', { ...rest, agreedDays: agreed.days, agreedStartDate: agreed.startDate, agreedTrialWeeks: agreed.trialWeeks, agreedMeasures: agreed.measures });
}

const withoutNulls = (fields: Fields): Record<string, unknown> => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));

/**
 * The point a merged record stands for on this computer, checked by the rules every stored point
 * obeys (it came from another computer). `here` is this computer's copy, whose creation time
 * and use counts stay; a point new here starts unused.
 */
export function pointFrom(id: string, record: LiveRecord, here: PitchPoint | undefined): { ok: true; value: PitchPoint } | { ok: false; error: string } {
  const changed = Object.values(record.times).reduce((max, time) => Math.max(max, time), 0);
  const candidate = {
    ...withoutNulls(record.fields),
    id,
    createdAt: here?.createdAt ?? changed,
    updatedAt: Math.max(here?.updatedAt ?? 0, changed),
    usedCount: here?.usedCount ?? 0,
    ...(here?.lastUsedAt !== undefined && { lastUsedAt: here.lastUsedAt }),
  };
  return checkPoint(candidate);
}

export function profileFrom(record: LiveRecord): { ok: true; value: Profile } | { ok: false; error: string } {
  return checkProfile(withoutNulls(record.fields));
}

/**
 * The outcome entry a merged record stands for, checked by the outcome log's own rules (it came
 * from another computer). A missing field stays missing, so a record short of one is refused.
 */
export function outcomeFrom(id: string, record: LiveRecord, here: OutcomeEntry | undefined): { ok: true; value: OutcomeEntry } | { ok: false; error: string } {
  const { agreedDays, agreedStartDate, agreedTrialWeeks, agreedMeasures, ...rest } = withoutNulls(record.fields);
  return checkOutcome({
    ...rest,
    id,
    agreed: { days: agreedDays, startDate: agreedStartDate, trialWeeks: agreedTrialWeeks, measures: agreedMeasures },
    updatedAt: Math.max(here?.updatedAt ?? 0, latest(record)),
  });
}

let starterOrigins: ReadonlyMap<string, Fields> | undefined;

/**
 * What a record is on a computer where nobody has touched it, stamped at time 0: the starter
 * library's points, an empty profile, every mail site on. An untouched record carries nothing
 * another computer lacks, and a field changed here wins over one never changed there.
 */
export function originOf(key: string): LiveRecord | undefined {
  const split = splitKey(key);
  if (!split) return undefined;
  let fields: Fields | undefined;
  if (split.kind === 'points') {
    starterOrigins ??= new Map(starterPoints(0).map((point) => [point.id, pointFields(point)]));
    fields = starterOrigins.get(split.id);
  } else if ((split.kind === 'profile' || split.kind === 'settings') && split.id === SINGLE_ID) {
    // Only those two kinds have a single record: an outcome entry may well be called 'main'.
    fields = Object.fromEntries(SYNC_KINDS[split.kind].map((name) => [name, split.kind === 'settings' ? true : null]));
  }
  return fields && { fields, times: Object.fromEntries(Object.keys(fields).map((name) => [name, 0])) };
}
