/**
 * One synced record and how two versions of it merge. Every field carries the time it last
 * changed, so two computers that edited the same record at the same time keep both edits, and
 * only where they changed the same field does the older value give way. A deletion is a
 * tombstone with its time: a record edited after it was deleted elsewhere comes back, because
 * that edit is newer than the deletion and nothing the user saved may vanish.
 */

/** A field's value as it travels: JSON, with `null` for "not set". */
export type FieldValue = string | number | boolean | null | readonly string[];
export type Fields = Readonly<Record<string, FieldValue>>;

export interface LiveRecord {
  fields: Fields;
  /** When each field last changed, in ms since the epoch; 0 for "as it came out of the box". */
  times: Readonly<Record<string, number>>;
}

export interface Tombstone {
  deletedAt: number;
}

export type SyncRecord = LiveRecord | Tombstone;

export const isTombstone = (record: SyncRecord): record is Tombstone => 'deletedAt' in record;

export function sameValue(a: FieldValue | undefined, b: FieldValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return (a ?? null) === (b ?? null);
}

/** The time of the record's newest change. */
export function latest(record: SyncRecord): number {
  if (isTombstone(record)) return record.deletedAt;
  return Object.values(record.times).reduce((max, time) => Math.max(max, time), 0);
}

/**
 * Of two values stamped with the same time, the one both computers pick without talking: a set
 * value over "not set" (nothing typed is dropped for a tie), then the larger by its JSON text.
 */
function tieWinner(a: FieldValue, b: FieldValue): FieldValue {
  if (a === null) return b;
  if (b === null) return a;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function mergeLive(a: LiveRecord, b: LiveRecord): LiveRecord {
  const fields: Record<string, FieldValue> = {};
  const times: Record<string, number> = {};
  for (const name of new Set([...Object.keys(a.fields), ...Object.keys(b.fields)])) {
    const timeA = a.times[name] ?? -1;
    const timeB = b.times[name] ?? -1;
    const valueA = a.fields[name] ?? null;
    const valueB = b.fields[name] ?? null;
    fields[name] = timeA > timeB ? valueA : timeB > timeA ? valueB : tieWinner(valueA, valueB);
    times[name] = Math.max(timeA, timeB, 0);
  }
  return { fields, times };
}

/**
 * The merge of two versions of one record; commutative and idempotent, so every computer that
 * has seen the same versions ends with the same record, whatever order they arrived in.
 */
export function mergeRecord(a: SyncRecord | undefined, b: SyncRecord | undefined): SyncRecord | undefined {
  if (!a || !b) return a ?? b;
  if (isTombstone(a) && isTombstone(b)) return a.deletedAt >= b.deletedAt ? a : b;
  if (isTombstone(a)) return latest(b) > a.deletedAt ? b : a;
  if (isTombstone(b)) return latest(a) > b.deletedAt ? a : b;
  return mergeLive(a, b);
}

/** What this computer holds for one record, with the time it last changed it here. */
export interface LocalVersion {
  fields: Fields;
  changedAt: number;
}

/**
 * This computer's version of a record, stamped field by field against what it knew at its last
 * merge (`known`: the last merged record, or for a starter point the starter library's version at
 * time 0). A field still equal to the known one keeps the known time; one that differs changed
 * here since, at `changedAt` when that is later, or else now: an import of an older file, or an
 * undo that put back an old point, is still the latest thing the user did to it.
 * `deletedAt` is when this computer deleted the record, if it did and remembers.
 */
export function stampLocal(local: LocalVersion | undefined, known: SyncRecord | undefined, deletedAt: number | undefined, now: number): SyncRecord | undefined {
  const after = (time: number) => (local && local.changedAt > time ? local.changedAt : Math.max(now, time + 1));
  if (!local) {
    if (deletedAt !== undefined) return { deletedAt };
    if (!known || isTombstone(known)) return known;
    // Gone without a remembered time (everything was deleted at once): it was gone by now.
    return { deletedAt: after(latest(known)) };
  }
  const times: Record<string, number> = {};
  for (const [name, value] of Object.entries(local.fields)) {
    if (!known) times[name] = local.changedAt;
    else if (isTombstone(known)) times[name] = after(known.deletedAt);
    else times[name] = sameValue(value, known.fields[name]) ? (known.times[name] ?? 0) : after(known.times[name] ?? 0);
  }
  return { fields: local.fields, times };
}
