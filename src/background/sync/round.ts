/**
 * One round of sync: read the sync area, merge it with this computer's data (IndexedDB stays the
 * source of truth; the area holds a copy), store what the merge changed here, and write the merged
 * copy back if it differs from what the area holds. What does not fit the area's quota stays on
 * this computer only, and the report says how much.
 */
import { messageOf } from '../../core/errors';
import { copyGeneration, packArea, staleKeys, unpackArea } from '../../core/sync/area';
import { originOf, splitKey } from '../../core/sync/kinds';
import { byPriority, planSync } from '../../core/sync/plan';
import { BROWSER_SYNC_QUOTA, SYNC_QUOTA, SYNC_WRITE_GAP_MS } from '../../core/sync/quota';
import type { LocalVersion, SyncRecord } from '../../core/sync/record';
import { encodeRecords } from '../../core/sync/wire';
import type { SyncStatus } from '../../shared/sync-status';
import { syncRound } from '../../storage/sync-round';
import type { SyncEnvironment } from './environment';
import { DATABASE_STORES, EXTENSION_STORAGE_STORES, SINGLE_RECORDS } from './registry';

/** What set this round off: a change here, one that arrived in the area, or a (re)start. */
export type Trigger = 'local' | 'remote' | 'start';

export type RoundReport = Omit<SyncStatus, 'enabled'> & {
  /** Set when the area refused the write: try again later. */
  retry?: boolean;
  /** Set when another computer's copy arrived while this round waited to write: merge it first. */
  again?: boolean;
};

/** The same records, whatever order they are held in. */
function sameRecords(a: ReadonlyMap<string, SyncRecord>, b: readonly (readonly [string, SyncRecord])[]): boolean {
  if (a.size !== b.length) return false;
  const byKey = (x: readonly [string, SyncRecord], y: readonly [string, SyncRecord]) => (x[0] < y[0] ? -1 : 1);
  return encodeRecords([...a].sort(byKey)) === encodeRecords([...b].sort(byKey));
}

function rejectionProblem(rejected: ReadonlyMap<string, string>): string | undefined {
  const [first] = rejected.values();
  if (first === undefined) return undefined;
  const more = rejected.size > 1 ? ` (and ${rejected.size - 1} more)` : '';
  return `Some changes from your other computers were not stored here: ${first}${more}.`;
}

/** One round; undefined when it stopped at reading because another computer's write is still arriving. */
export async function syncOnce(env: SyncEnvironment, trigger: Trigger, lastWriteAt: number): Promise<(RoundReport & { wroteAt?: number }) | undefined> {
  const now = env.now();
  const all = await env.area.getAll();
  const contents = await unpackArea(all);
  const quotaBytes = BROWSER_SYNC_QUOTA.totalBytes;
  if (contents.state === 'unreadable' && contents.newer) {
    // Writing over it would lose what the newer release keeps there.
    return { usedBytes: 0, quotaBytes, notSynced: { points: 0, other: 0 }, problem: 'Another computer runs a newer Remote Pitch, so sync is paused here: update Remote Pitch on this computer.' };
  }
  // The rest of another computer's write is still on its way; its last item brings another round.
  if (contents.state === 'incomplete' && trigger === 'remote') return undefined;
  const remote = contents.state === 'ok' ? contents.records : new Map<string, SyncRecord>();

  const outside = new Map<string, LocalVersion>();
  const reads = await Promise.all(EXTENSION_STORAGE_STORES.map((store) => store.read(env.local, now)));
  for (const read of reads) for (const [key, version] of read) outside.set(key, version);

  const { plan, rejected } = await syncRound(
    await env.database(),
    DATABASE_STORES,
    outside,
    ({ local, known, deletions }) => planSync({ local, known, deletions, remote, origin: originOf, now }),
    now,
  );
  for (const [i, store] of EXTENSION_STORAGE_STORES.entries()) {
    const mine = new Map([...plan.changes].filter(([key]) => splitKey(key)?.kind === store.kind));
    if (mine.size > 0) await store.apply(env.local, mine, reads[i] ?? new Map());
  }

  const ordered = [...plan.merged].sort(byPriority(SINGLE_RECORDS));
  const packed = await packArea(ordered, SYNC_QUOTA);
  const left = ordered.slice(packed.included);
  const notSynced = { points: left.filter(([key]) => splitKey(key)?.kind === 'points').length, other: 0 };
  notSynced.other = left.length - notSynced.points;
  const report: RoundReport = { usedBytes: packed.usedBytes, quotaBytes, notSynced };
  const problem = rejectionProblem(rejected);
  if (problem) report.problem = problem;
  const unchanged = contents.state === 'ok' ? sameRecords(contents.records, ordered.slice(0, packed.included)) : contents.state === 'empty' && packed.included === 0;
  if (unchanged) return { ...report, usedBytes: contents.state === 'ok' ? contents.usedBytes : 0, lastSyncAt: now };

  const wait = lastWriteAt + SYNC_WRITE_GAP_MS - env.now();
  if (wait > 0) {
    await env.sleep(wait);
    // Writing now would put this merge over a copy it has not seen.
    if (copyGeneration(await env.area.getAll()) !== copyGeneration(all)) return { ...report, again: true };
  }
  try {
    await env.area.set(packed.items);
    const stale = staleKeys(all, packed.items);
    if (stale.length > 0) await env.area.remove(stale);
  } catch (error) {
    return { ...report, usedBytes: contents.state === 'ok' ? contents.usedBytes : 0, retry: true, problem: `Your browser did not take the copy for your other computers (${messageOf(error)}). Your data here is untouched; Remote Pitch tries again in a minute.` };
  }
  return { ...report, lastSyncAt: now, wroteAt: env.now() };
}
