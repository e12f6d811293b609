import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { dispatch } from '../../src/background/dispatch';
import type { SyncEnvironment } from '../../src/background/sync/environment';
import { configureSync, readSyncStatus, requestSync, setSyncEnabled, syncNow } from '../../src/background/sync/engine';
import { syncOnce } from '../../src/background/sync/round';
import { AREA_PREFIX, chunkKey, HEADER_KEY, packArea, unpackArea } from '../../src/core/sync/area';
import { SYNC_QUOTA } from '../../src/core/sync/quota';
import { OUTCOME_LIMITS, type OutcomeInput } from '../../src/core/outcome/outcome';
import type { PitchPoint } from '../../src/core/point';
import type { Profile } from '../../src/core/profile';
import type { MessageType, RequestOf, ResponseOf } from '../../src/shared/messages';
import { SITE_SWITCHES_KEY } from '../../src/shared/site-switches';
import { SYNC_STATUS_KEY } from '../../src/shared/sync-status';
import { openPitchDB } from '../../src/storage/open';
import type { PitchDB } from '../../src/storage/schema';
import { seedStarterIfNew } from '../../src/storage/starter';
import { FakeSyncArea, incompressibleText } from './fake-sync-area';
import { makePoint } from './storage-fixtures';

const DAY = 86_400_000;
let clock = Date.UTC(2026, 2, 2, 9);
let serial = 0;

interface Computer {
  db: IDBPDatabase<PitchDB>;
  area: FakeSyncArea;
  local: Map<string, unknown>;
  env: SyncEnvironment;
  ask<T extends MessageType>(type: T, request: RequestOf<T>): Promise<ResponseOf<T>>;
  /** One round of sync, as the worker runs it after a change here. */
  sync(): Promise<NonNullable<Awaited<ReturnType<typeof syncOnce>>>>;
}

/** A browser profile with Remote Pitch freshly installed: the starter library, its own sync area. */
async function computer(): Promise<Computer> {
  const db = await openPitchDB(`computer-${++serial}`);
  await seedStarterIfNew(db, clock);
  const area = new FakeSyncArea();
  const local = new Map<string, unknown>();
  const env: SyncEnvironment = {
    area,
    local: { get: async (key) => structuredClone(local.get(key)), set: async (key, value) => void local.set(key, structuredClone(value)) },
    database: async () => db,
    now: () => (clock += 1000),
    sleep: async () => undefined,
  };
  return {
    db,
    area,
    local,
    env,
    async ask(type, request) {
      const reply = await dispatch(async () => db, { type, ...request }, (clock += 1000), 'extension-page');
      if (!reply.ok) throw new Error(reply.error);
      return reply.value as ResponseOf<typeof type>;
    },
    async sync() {
      const report = await syncOnce(env, 'local', 0);
      if (!report) throw new Error('a round after a change here stopped at reading');
      return report;
    },
  };
}

/** The browser's own sync carrying one computer's area to the other. */
async function carry(from: Computer, to: Computer): Promise<void> {
  to.area.copyFrom(from.area);
}

/** What sync promises to make equal: every point but its use counts and creation time, and the fill-ins. */
async function pitch(c: Computer): Promise<{ points: Omit<PitchPoint, 'usedCount' | 'lastUsedAt' | 'createdAt' | 'updatedAt'>[]; profile: Profile }> {
  const points = (await c.ask('points/list', {})).map(({ usedCount: _u, lastUsedAt: _l, createdAt: _c, updatedAt: _t, ...rest }) => rest);
  return { points: points.sort((a, b) => (a.id < b.id ? -1 : 1)), profile: await c.ask('profile/get', {}) };
}

/** Rounds back and forth until neither computer has anything left to write. */
async function settle(a: Computer, b: Computer): Promise<void> {
  for (let i = 0; i < 6; i += 1) {
    const writes = a.area.writes + b.area.writes;
    await a.sync();
    await carry(a, b);
    await b.sync();
    await carry(b, a);
    if (a.area.writes + b.area.writes === writes) return;
  }
  throw new Error('the two computers kept rewriting the sync area');
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('sync between two computers', () => {
  it('ends equal after edits on both sides, a delete on one and a conflict on the same point', async () => {
    const home = await computer();
    const work = await computer();
    await settle(home, work);
    const [first, second, third] = await home.ask('points/list', {});
    if (!first || !second || !third) throw new Error('no starter points');

    // The same point, different fields: both edits stay.
    await home.ask('points/update', { id: first.id, changes: { title: 'Written at home' } });
    await work.ask('points/update', { id: first.id, changes: { text: 'Written at work.' } });
    // The same field on both: the later edit wins.
    await work.ask('points/update', { id: second.id, changes: { title: 'Older title' } });
    await home.ask('points/update', { id: second.id, changes: { title: 'Newer title' } });
    await home.ask('points/delete', { ids: [third.id] });
    const created = await work.ask('points/create', { point: { category: 'setup', title: 'Second monitor', text: 'I have a desk and a second monitor.' } });
    await home.ask('profile/update', { values: { manager: 'Dana' } });
    await work.ask('profile/update', { values: { days: 'Tuesdays' } });

    await settle(home, work);
    expect(await pitch(home)).toEqual(await pitch(work));
    const points = (await pitch(home)).points;
    expect(points.find((p) => p.id === first.id)).toMatchObject({ title: 'Written at home', text: 'Written at work.' });
    expect(points.find((p) => p.id === second.id)?.title).toBe('Newer title');
    expect(points.some((p) => p.id === third.id)).toBe(false);
    expect(points.find((p) => p.id === created.id)?.title).toBe('Second monitor');
    expect((await pitch(work)).profile).toEqual({ manager: 'Dana', days: 'Tuesdays' });
  });

  it('keeps an edit made on one computer after the point was deleted on the other', async () => {
    const home = await computer();
    const work = await computer();
    const [point] = await home.ask('points/list', {});
    if (!point) throw new Error('no starter points');
    await settle(home, work);
    await home.ask('points/delete', { ids: [point.id] });
    await work.ask('points/update', { id: point.id, changes: { title: 'Still needed' } });
    await settle(home, work);
    expect((await home.ask('points/list', {})).find((p) => p.id === point.id)?.title).toBe('Still needed');
    expect(await pitch(home)).toEqual(await pitch(work));
  });

  it('carries the per-site switches, and leaves use counts where they were counted', async () => {
    const home = await computer();
    const work = await computer();
    const [point] = await home.ask('points/list', {});
    if (!point) throw new Error('no starter points');
    home.local.set(SITE_SWITCHES_KEY, { gmail: true, outlook: false });
    await home.ask('points/record-use', { id: point.id });
    await settle(home, work);
    expect(work.local.get(SITE_SWITCHES_KEY)).toEqual({ gmail: true, outlook: false });
    expect((await work.ask('points/list', {})).find((p) => p.id === point.id)?.usedCount).toBe(0);
    expect((await home.ask('points/list', {})).find((p) => p.id === point.id)?.usedCount).toBe(1);
  });

  it('leaves untouched starter points out of the sync area, and carries edited ones', async () => {
    const home = await computer();
    await home.sync();
    expect(await home.area.getAll()).toEqual({});
    const [point] = await home.ask('points/list', {});
    await home.ask('points/update', { id: point?.id ?? '', changes: { title: 'Mine' } });
    await home.sync();
    expect(Object.keys(await home.area.getAll())).toEqual([HEADER_KEY, chunkKey(0)]);
  });

  it('syncs what fits when a library outgrows the sync area, says how much does not, and changes nothing here', async () => {
    const home = await computer();
    const many = Array.from({ length: 150 }, (_, i) => makePoint({ id: `long-${i}`, title: `Long point ${i}`, text: incompressibleText(1000, i + 1), order: i, updatedAt: clock + i }));
    await home.ask('points/put', { points: many });
    const before = await home.ask('data/export', {});
    const report = await home.sync();
    expect(report.notSynced.points).toBeGreaterThan(0);
    expect(report.notSynced.points).toBeLessThan(150);
    expect(report.usedBytes).toBeLessThanOrEqual(report.quotaBytes);
    expect(report.usedBytes).toBe(home.area.bytesInUse());
    expect((await home.ask('data/export', {})).points).toEqual(before.points);

    const work = await computer();
    await carry(home, work);
    await work.sync();
    const arrived = (await work.ask('points/list', {})).filter((p) => p.id.startsWith('long-'));
    expect(arrived.length).toBe(150 - report.notSynced.points);
    // What travelled first is what changed last.
    expect(arrived.some((p) => p.id === 'long-149')).toBe(true);
  }, 60_000);

  it('reports a write the browser refuses, keeps the data here, and writes once the browser takes it again', async () => {
    const home = await computer();
    const [point] = await home.ask('points/list', {});
    await home.ask('points/update', { id: point?.id ?? '', changes: { title: 'Mine' } });
    home.area.refuse = 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded';
    const refused = await home.sync();
    expect(refused.retry).toBe(true);
    expect(refused.problem).toContain('MAX_WRITE_OPERATIONS_PER_MINUTE');
    expect(await home.area.getAll()).toEqual({});
    expect((await home.ask('points/list', {}))[0]?.title).toBe('Mine');
    home.area.refuse = undefined;
    const again = await home.sync();
    expect(again.problem).toBeUndefined();
    expect(Object.keys(await home.area.getAll()).length).toBeGreaterThan(0);
  });

  it('keeps a record from the other computer it cannot store out of what it remembers, so it never deletes it there', async () => {
    const home = await computer();
    const work = await computer();
    const bad = { fields: { category: 'gossip', title: 'x', text: 'y', objection: null, tags: [], evidence: null, use: ['email'], order: 0, origin: 'user', onMeetingCard: null }, times: {} as Record<string, number> };
    for (const name of Object.keys(bad.fields)) bad.times[name] = clock;
    const packed = await packArea([['points/planted', bad]], SYNC_QUOTA);
    work.area.plant(packed.items);
    const report = await work.sync();
    expect(report.problem).toContain('not valid');
    expect((await work.ask('points/list', {})).some((p) => p.id === 'planted')).toBe(false);
    await work.sync();
    await carry(work, home);
    await home.sync();
    // Still there for a computer that can read it: no tombstone came of it.
    const read = await home.area.getAll();
    expect(Object.keys(read).some((key) => key.startsWith(AREA_PREFIX))).toBe(true);
  });

  it('waits, without merging, while another computer\'s write has only partly arrived', async () => {
    const home = await computer();
    const work = await computer();
    const [point] = await work.ask('points/list', {});
    await work.ask('points/update', { id: point?.id ?? '', changes: { title: 'From work' } });
    await work.sync();
    const half = await work.area.getAll();
    home.area.plant({ ...half, [chunkKey(0)]: 'another-write:AAAA' });
    expect(await syncOnce(home.env, 'remote', 0)).toBeUndefined();
    expect((await home.ask('points/list', {})).find((p) => p.id === point?.id)?.title).not.toBe('From work');
    home.area.plant(half);
    await syncOnce(home.env, 'remote', 0);
    expect((await home.ask('points/list', {})).find((p) => p.id === point?.id)?.title).toBe('From work');
  });

  it('does not write over a copy that arrived while it waited to keep to the write rate, and merges that first', async () => {
    const home = await computer();
    const work = await computer();
    const [a, b] = await home.ask('points/list', {});
    await work.ask('points/update', { id: b?.id ?? '', changes: { title: 'From work' } });
    await work.sync();
    await home.ask('points/update', { id: a?.id ?? '', changes: { title: 'From home' } });
    // Home wrote a moment ago, so this round waits; work's copy comes in meanwhile.
    const waiting = { ...home.env, sleep: async () => home.area.copyFrom(work.area) };
    const report = await syncOnce(waiting, 'local', clock);
    expect(report?.again).toBe(true);
    expect(await home.area.getAll()).toEqual(await work.area.getAll());
    await home.sync();
    await carry(home, work);
    await work.sync();
    expect(await pitch(home)).toEqual(await pitch(work));
    expect((await pitch(work)).points.filter((p) => p.id === a?.id || p.id === b?.id).map((p) => p.title)).toEqual(expect.arrayContaining(['From home', 'From work']));
  });

  it('pauses, and writes nothing, when another computer runs a newer release', async () => {
    const home = await computer();
    home.area.plant({ [HEADER_KEY]: { v: 2, n: 1, g: 'z' }, [chunkKey(0)]: 'z:AAAA' });
    const [point] = await home.ask('points/list', {});
    await home.ask('points/update', { id: point?.id ?? '', changes: { title: 'Mine' } });
    const report = await home.sync();
    expect(report.problem).toContain('newer Remote Pitch');
    expect(await home.area.getAll()).toEqual({ [HEADER_KEY]: { v: 2, n: 1, g: 'z' }, [chunkKey(0)]: 'z:AAAA' });
  });
});

describe('turning sync on and off', () => {
  it('keeps local data when turned off, and merges what happened meanwhile when turned on again', async () => {
    const home = await computer();
    const work = await computer();
    configureSync(home.env);
    expect((await setSyncEnabled(true)).enabled).toBe(true);
    await setSyncEnabled(false);
    const [point] = await work.ask('points/list', {});
    await work.ask('points/update', { id: point?.id ?? '', changes: { title: 'Edited at work' } });
    await work.sync();
    await carry(work, home);
    const before = await home.ask('data/export', {});
    expect((await readSyncStatus()).enabled).toBe(false);
    expect((await home.ask('data/export', {})).points).toEqual(before.points);

    const status = await setSyncEnabled(true);
    expect(status).toMatchObject({ enabled: true, lastSyncAt: expect.any(Number) });
    expect((await home.ask('points/list', {})).find((p) => p.id === point?.id)?.title).toBe('Edited at work');
  });

  it('"Delete all my data" leaves sync and takes this computer\'s copy out of the area, and the other computer keeps its data', async () => {
    const home = await computer();
    const work = await computer();
    const [point] = await home.ask('points/list', {});
    await home.ask('points/update', { id: point?.id ?? '', changes: { title: 'Mine' } });
    configureSync(home.env);
    await setSyncEnabled(true);
    await carry(home, work);
    await work.sync();
    await home.ask('data/delete-all', {});
    expect(await home.area.getAll()).toEqual({});
    expect(home.local.get(SYNC_STATUS_KEY)).toMatchObject({ enabled: false });
    await carry(home, work);
    await work.sync();
    expect((await work.ask('points/list', {})).find((p) => p.id === point?.id)?.title).toBe('Mine');
  });

  it('remembers tombstones long enough, then lets them go', async () => {
    const home = await computer();
    const work = await computer();
    const [point] = await home.ask('points/list', {});
    await settle(home, work);
    await home.ask('points/delete', { ids: [point?.id ?? ''] });
    await settle(home, work);
    expect((await work.ask('points/list', {})).some((p) => p.id === point?.id)).toBe(false);
    const stored = await home.db.count('deletions');
    expect(stored).toBe(1);
    clock += 91 * DAY;
    await settle(home, work);
    expect(await home.db.count('deletions')).toBe(0);
    expect(await home.db.count('syncKnown')).toBe(0);
  });
});

describe('when rounds run', () => {
  /** Resolves once `check` holds, looking again after each turn of the event loop. */
  async function until(check: () => boolean | Promise<boolean>): Promise<void> {
    for (let i = 0; i < 500; i += 1) {
      if (await check()) return;
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    throw new Error('it never happened');
  }

  it('a worker stopped before its round leaves the round owed, and the next start runs it; a start with nothing owed does nothing', async () => {
    const home = await computer();
    configureSync(home.env);
    await setSyncEnabled(true);
    const [point] = await home.ask('points/list', {});
    await home.ask('points/update', { id: point?.id ?? '', changes: { title: 'Owed' } });
    requestSync('local');
    await until(() => home.local.get('syncOwed') === true);
    // The worker is stopped before its round; the next one starts with nothing in memory.
    configureSync(home.env);
    expect(await home.area.getAll()).toEqual({});
    await syncNow('start');
    expect(home.local.get('syncOwed')).toBe(false);
    expect(Object.keys(await home.area.getAll()).length).toBeGreaterThan(0);

    // Started again with nothing owed: the start does not even read the area.
    const reads = home.area.reads;
    configureSync(home.env);
    await syncNow('start');
    expect(home.area.reads).toBe(reads);
  });
});


describe('the outcome log between two computers', () => {
  const ASKED: OutcomeInput = {
    askedOn: '2026-03-01', answer: 'trial', mode: 'standard', notes: 'Sam wants the numbers weekly.', askAgainOn: '',
    agreed: { days: 'Tuesdays', startDate: '2026-04-06', trialWeeks: '8', measures: 'tickets per week' },
  };
  const log = async (c: Computer) => c.ask('outcomes/list', {});

  it('carries an entry written on one computer to the other, what was agreed included', async () => {
    const home = await computer();
    const work = await computer();
    await settle(home, work);
    const entry = await home.ask('outcomes/save', { entry: ASKED });
    // An entry may be called what the single records are: it is still an entry.
    const named = await home.ask('outcomes/save', { entry: { ...ASKED, id: 'main', askedOn: '2026-02-01', answer: 'not-now', askAgainOn: '2026-05-01' } });
    await settle(home, work);
    expect(await log(work)).toEqual([entry, named]);
    expect(await log(home)).toEqual(await log(work));
  });

  it('keeps edits of different fields made on both computers, inside what was agreed too', async () => {
    const home = await computer();
    const work = await computer();
    const entry = await home.ask('outcomes/save', { entry: ASKED });
    await settle(home, work);
    await home.ask('outcomes/save', { entry: { ...ASKED, id: entry.id, agreed: { ...ASKED.agreed, days: 'Mondays and Fridays' } } });
    await work.ask('outcomes/save', { entry: { ...ASKED, id: entry.id, agreed: { ...ASKED.agreed, startDate: '2026-05-04' }, notes: 'Moved to May.' } });
    await settle(home, work);
    const [merged] = await log(home);
    expect(merged).toMatchObject({ id: entry.id, notes: 'Moved to May.', agreed: { days: 'Mondays and Fridays', startDate: '2026-05-04', trialWeeks: '8' } });
    expect(await log(work)).toEqual(await log(home));
  });

  it('removes an entry deleted on one computer from the other, and remembers the deletion', async () => {
    const home = await computer();
    const work = await computer();
    const gone = await home.ask('outcomes/save', { entry: ASKED });
    const kept = await home.ask('outcomes/save', { entry: { ...ASKED, askedOn: '2026-02-01' } });
    await settle(home, work);
    expect(await log(work)).toHaveLength(2);
    expect(await work.ask('outcomes/delete', { id: gone.id })).toEqual({ deleted: true });
    expect(await work.db.get('deletions', `outcomes/${gone.id}`)).toEqual({ key: `outcomes/${gone.id}`, at: expect.any(Number) });
    await settle(home, work);
    expect((await log(home)).map((e) => e.id)).toEqual([kept.id]);
    expect(await log(work)).toEqual(await log(home));
  });

  it('keeps an entry edited on one computer after it was deleted on the other', async () => {
    const home = await computer();
    const work = await computer();
    const entry = await home.ask('outcomes/save', { entry: ASKED });
    await settle(home, work);
    await home.ask('outcomes/delete', { id: entry.id });
    await work.ask('outcomes/save', { entry: { ...ASKED, id: entry.id, notes: 'Still needed.' } });
    // Home's round comes after the edit: only the deletion's own time says it came first.
    await settle(home, work);
    expect((await log(home)).map((e) => e.notes)).toEqual(['Still needed.']);
    expect(await log(work)).toEqual(await log(home));
  });

  it('refuses an entry from the other computer that is not valid, says why, and stores the rest', async () => {
    const home = await computer();
    const good = await home.ask('outcomes/save', { entry: ASKED });
    await home.sync();
    const carried = await unpackArea(await home.area.getAll());
    if (carried.state !== 'ok') throw new Error('home wrote no readable copy');
    const record = carried.records.get(`outcomes/${good.id}`);
    if (!record || 'deletedAt' in record) throw new Error('the entry did not travel');
    const bad = { fields: { ...record.fields, answer: 'maybe' }, times: record.times };
    const packed = await packArea([...carried.records, ['outcomes/bad', bad]], SYNC_QUOTA);
    const work = await computer();
    work.area.plant(packed.items);
    const report = await work.sync();
    expect(report.problem).toContain('an outcome from another computer is not valid');
    expect(report.problem).toContain('answer');
    expect((await log(work)).map((e) => e.id)).toEqual([good.id]);
    // The refused one is not read as deleted here: the copy keeps it for a computer that can read it.
    await work.sync();
    const after = await unpackArea(await work.area.getAll());
    expect(after.state === 'ok' && after.records.get('outcomes/bad')).toEqual(bad);
  });

  it('keeps the log within its limit here, refusing a new entry from the other computer past it', async () => {
    const home = await computer();
    const work = await computer();
    const tx = work.db.transaction('outcomes', 'readwrite');
    for (let i = 0; i < OUTCOME_LIMITS.entries; i += 1) {
      void tx.store.put({ ...ASKED, id: `w-${i}`, agreed: { ...ASKED.agreed }, createdAt: i, updatedAt: i });
    }
    await tx.done;
    await home.ask('outcomes/save', { entry: { ...ASKED, id: 'from-home' } });
    await home.sync();
    await carry(home, work);
    const report = await work.sync();
    expect(report.problem).toContain(`at most ${OUTCOME_LIMITS.entries} entries`);
    expect(await work.db.count('outcomes')).toBe(OUTCOME_LIMITS.entries);
    expect(await work.db.get('outcomes', 'from-home')).toBeUndefined();
    // Once one is deleted here, the next round finds room for it.
    await work.ask('outcomes/delete', { id: 'w-0' });
    expect((await work.sync()).problem).toBeUndefined();
    expect(await work.db.get('outcomes', 'from-home')).toMatchObject({ id: 'from-home' });
  }, 60_000);

  it('keeps long entries that do not fit the sync area on this computer, counted, and changes nothing here', async () => {
    const home = await computer();
    for (let i = 0; i < 30; i += 1) await home.ask('outcomes/save', { entry: { ...ASKED, notes: incompressibleText(3000, i + 1) } });
    const before = await log(home);
    const report = await home.sync();
    expect(report.notSynced.other).toBeGreaterThan(0);
    expect(report.notSynced.other).toBeLessThan(30);
    expect(report.notSynced.points).toBe(0);
    expect(report.usedBytes).toBeLessThanOrEqual(report.quotaBytes);
    expect(await log(home)).toEqual(before);
    const work = await computer();
    await carry(home, work);
    await work.sync();
    expect(await log(work)).toHaveLength(30 - report.notSynced.other);
  }, 60_000);
});
