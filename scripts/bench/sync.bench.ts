/**
 * Sync with a library of 1 000 points: the merge itself (pure; both computers changed things since
 * their last round: edits on both sides, some to the same points, and deletions), packing the
 * merged copy for the sync area, and a whole round in the worker's code on fake-indexeddb in
 * Node (read the area, merge, store the changes here, write the area back).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { syncOnce } from '../../src/background/sync/round';
import type { SyncEnvironment } from '../../src/background/sync/environment';
import { packArea } from '../../src/core/sync/area';
import { originOf, pointFields, recordKey } from '../../src/core/sync/kinds';
import { byPriority, planSync } from '../../src/core/sync/plan';
import { BROWSER_SYNC_QUOTA, SYNC_QUOTA } from '../../src/core/sync/quota';
import type { LiveRecord, LocalVersion, SyncRecord } from '../../src/core/sync/record';
import { openPitchDB } from '../../src/storage/open';
import { putPoints } from '../../src/storage/points';
import { FakeSyncArea } from '../../tests/unit/fake-sync-area';
import { summarise, type BenchFigure } from './figure';
import { samplePoints } from './sample-points';

const POINTS = 1_000;
const RUNS = 20;
const T0 = Date.parse('2026-03-01T00:00:00Z');

function stamped(fields: LiveRecord['fields'], time: number): LiveRecord {
  return { fields, times: Object.fromEntries(Object.keys(fields).map((name) => [name, time])) };
}

/** This computer, what it knew at its last round, and the area after the other computer's round. */
function scenario() {
  const points = samplePoints(POINTS, 'p');
  const known = new Map<string, SyncRecord>(points.map((point) => [recordKey('points', point.id), stamped(pointFields(point), T0)]));
  const local = new Map<string, LocalVersion>();
  const remote = new Map<string, SyncRecord>(known);
  for (const [i, point] of points.entries()) {
    const key = recordKey('points', point.id);
    const fields = pointFields(point);
    // A third edited here, a third there (every other one of them the same point), a few deleted there.
    local.set(key, i % 3 === 0 ? { fields: { ...fields, title: `${point.title} (here)` }, changedAt: T0 + 10 + i } : { fields, changedAt: T0 });
    if (i % 3 !== 2) remote.set(key, { fields: { ...fields, text: `${point.text} (there)` }, times: { ...stamped(fields, T0).times, text: T0 + 20 + i } });
    if (i % 50 === 1) remote.set(key, { deletedAt: T0 + 30 });
  }
  return { local, known, remote };
}

export default async function (): Promise<BenchFigure[]> {
  const { local, known, remote } = scenario();
  const merges: number[] = [];
  let merged = new Map<string, SyncRecord>();
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const plan = planSync({ local, known, remote, deletions: new Map(), origin: originOf, now: T0 + 1_000 });
    merges.push(performance.now() - start);
    merged = plan.merged;
  }
  const ordered = [...merged].sort(byPriority(new Set()));
  const packs: number[] = [];
  let packed = await packArea(ordered, SYNC_QUOTA);
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    packed = await packArea(ordered, SYNC_QUOTA);
    packs.push(performance.now() - start);
  }

  // A whole round: the other computer's copy of 1 000 points arrives at one holding its own edits.
  const rounds: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    globalThis.indexedDB = new IDBFactory();
    const db = await openPitchDB(`bench-sync-${run}`);
    await putPoints(db, samplePoints(POINTS, 'p').map((point, i) => (i % 3 === 0 ? { ...point, title: `${point.title} (here)`, updatedAt: T0 + 10 + i } : point)));
    const area = new FakeSyncArea();
    area.plant((await packArea([...remote], SYNC_QUOTA)).items);
    const env: SyncEnvironment = {
      area,
      local: { get: async () => undefined, set: async () => undefined },
      database: async () => db,
      now: () => T0 + 1_000,
      sleep: async () => undefined,
    };
    const start = performance.now();
    await syncOnce(env, 'remote', 0);
    rounds.push(performance.now() - start);
    db.close();
  }
  return [
    { area: 'sync', name: `merge ${POINTS} points, both computers changed since their last round (median of ${RUNS})`, value: summarise(merges).median, unit: 'ms' },
    { area: 'sync', name: `pack the merged ${POINTS} points for the sync area: deflate, cut in items (median of ${RUNS})`, value: summarise(packs).median, unit: 'ms' },
    { area: 'sync', name: `one whole round with ${POINTS} points, fake-indexeddb in Node (median of 5)`, value: summarise(rounds).median, unit: 'ms' },
    { area: 'sync', name: `sync area used by ${packed.included} of ${ordered.length} merged records (${BROWSER_SYNC_QUOTA.totalBytes} B quota)`, value: packed.usedBytes, unit: 'bytes', aim: `≤ ${BROWSER_SYNC_QUOTA.totalBytes} B` },
  ];
}
