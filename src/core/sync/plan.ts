/**
 * One round of sync as a pure function: this computer's records, what it knew at its last round,
 * and what the sync area holds go in; the merged records and the changes to make here come out.
 */
import { isTombstone, latest, mergeRecord, sameValue, stampLocal, type Fields, type LiveRecord, type LocalVersion, type SyncRecord } from './record';

/**
 * How long a deletion is remembered. A computer that stays away longer and still has the record
 * brings it back when it returns; a quarter of a year covers holidays and a laptop left in a
 * drawer, and a tombstone costs a few bytes of the sync area.
 */
const TOMBSTONE_DAYS = 90;
export const TOMBSTONE_TTL = TOMBSTONE_DAYS * 86_400_000;

export interface SyncInput {
  /** Every record this computer holds, by key. */
  local: ReadonlyMap<string, LocalVersion>;
  /** Records this computer deleted, with when. */
  deletions: ReadonlyMap<string, number>;
  /** The merged records of the last round (times included): what this computer knew. */
  known: ReadonlyMap<string, SyncRecord>;
  /** What the sync area holds now; empty when it holds nothing readable. */
  remote: ReadonlyMap<string, SyncRecord>;
  /** A record as it is before anyone touched it (`originOf`). */
  origin(key: string): LiveRecord | undefined;
  now: number;
}

export interface SyncPlan {
  /** Every record after the merge; the next round's `known`. */
  merged: Map<string, SyncRecord>;
  /** What to change on this computer: the merged record to store, or null to delete. */
  changes: Map<string, LiveRecord | null>;
}

const sameFields = (a: Fields, b: Fields): boolean => Object.keys({ ...a, ...b }).every((name) => sameValue(a[name], b[name]));

/** A record that says nothing its origin does not: an untouched starter point, say. */
function untouched(record: SyncRecord, origin: LiveRecord | undefined): boolean {
  return !isTombstone(record) && origin !== undefined && latest(record) === 0 && sameFields(record.fields, origin.fields);
}

export function planSync({ local, deletions, known, remote, origin, now }: SyncInput): SyncPlan {
  const merged = new Map<string, SyncRecord>();
  const changes = new Map<string, LiveRecord | null>();
  const keys = new Set([...local.keys(), ...deletions.keys(), ...known.keys(), ...remote.keys()]);
  for (const key of keys) {
    const here = local.get(key);
    const base = origin(key);
    const mine = stampLocal(here, known.get(key) ?? base, deletions.get(key), now);
    // A record missing from the area tells nothing (it may not have fitted): only a tombstone deletes.
    const record = mergeRecord(mine, remote.get(key));
    if (!record) continue;
    if (isTombstone(record)) {
      if (here) changes.set(key, null);
      if (now - record.deletedAt < TOMBSTONE_TTL) merged.set(key, record);
      continue;
    }
    if (!here || !sameFields(here.fields, record.fields)) changes.set(key, record);
    if (!untouched(record, base)) merged.set(key, record);
  }
  return { merged, changes };
}

/**
 * The order records get room in the sync area when not all fit: the single records (profile,
 * settings) first, then deletions (small, and a lost one would bring a point back), then points
 * by their newest change, so what is being worked on travels first. Every computer sorts the
 * same records the same way, so two of them agree on what the area holds and do not take turns
 * rewriting it.
 */
export function byPriority(singles: ReadonlySet<string>): (a: [string, SyncRecord], b: [string, SyncRecord]) => number {
  const rank = ([key, record]: [string, SyncRecord]) => (singles.has(key) ? 0 : isTombstone(record) ? 1 : 2);
  return (a, b) => rank(a) - rank(b) || latest(b[1]) - latest(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}
