import { describe, expect, it } from 'vitest';
import { chunkKey, HEADER_KEY, packArea, staleKeys, unpackArea } from '../../src/core/sync/area';
import { pointFields, recordKey } from '../../src/core/sync/kinds';
import { BROWSER_SYNC_QUOTA, SYNC_QUOTA } from '../../src/core/sync/quota';
import type { SyncRecord } from '../../src/core/sync/record';
import type { PitchPoint } from '../../src/core/point';
import { samplePoints } from '../../scripts/bench/sample-points';
import { FakeSyncArea, incompressibleText } from './fake-sync-area';

const T0 = Date.UTC(2026, 2, 1);

function records(points: readonly PitchPoint[]): [string, SyncRecord][] {
  return points.map((point, i) => {
    const fields = pointFields(point);
    return [recordKey('points', point.id), { fields, times: Object.fromEntries(Object.keys(fields).map((name) => [name, T0 + i])) }];
  });
}

describe('the stand-in for the browser\'s sync area', () => {
  it('refuses what Chrome refuses, and keeps nothing of a refused write', async () => {
    const area = new FakeSyncArea();
    await expect(area.set({ big: 'x'.repeat(8_192) })).rejects.toThrow('QUOTA_BYTES_PER_ITEM quota exceeded');
    await expect(area.set(Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`k${i}`, 'x'.repeat(8_000)])))).rejects.toThrow('QUOTA_BYTES quota exceeded');
    await expect(area.set(Object.fromEntries(Array.from({ length: 513 }, (_, i) => [`k${i}`, i])))).rejects.toThrow('MAX_ITEMS quota exceeded');
    expect(await area.getAll()).toEqual({});
    await area.set({ fits: 'x'.repeat(8_192 - 'fits'.length - 2) });
    expect(area.bytesInUse()).toBe(8_192);
  });
});

describe('the sync area', () => {
  it('packs a library in items the browser accepts, and reads back every record', async () => {
    const entries = records(samplePoints(200, 'p'));
    const packed = await packArea(entries, SYNC_QUOTA);
    expect(packed.included).toBe(200);
    const area = new FakeSyncArea();
    await area.set(packed.items);
    expect(area.bytesInUse()).toBe(packed.usedBytes);
    const read = await unpackArea(await area.getAll());
    if (read.state !== 'ok') throw new Error(`read as ${read.state}`);
    expect(read.records).toEqual(new Map(entries));
    expect(read.usedBytes).toBe(packed.usedBytes);
  });

  it('carries a point whose text alone is larger than one item, by splitting the copy across items', async () => {
    const long = samplePoints(1, 'long').map((point) => ({ ...point, text: incompressibleText(5000, 7) }));
    const packed = await packArea(records(long), SYNC_QUOTA);
    expect(packed.included).toBe(1);
    expect(Object.keys(packed.items).length).toBeGreaterThan(2);
    const area = new FakeSyncArea();
    await area.set(packed.items);
    const read = await unpackArea(await area.getAll());
    expect(read.state === 'ok' && read.records.get(recordKey('points', 'long-0'))).toEqual(records(long)[0]?.[1]);
  });

  it('fills the area with what comes first when not all fits, and says how many made it', async () => {
    const points = samplePoints(40, 'big').map((point, i) => ({ ...point, text: incompressibleText(4000, i + 1) }));
    const entries = records(points);
    const packed = await packArea(entries, SYNC_QUOTA);
    expect(packed.included).toBeGreaterThan(0);
    expect(packed.included).toBeLessThan(40);
    expect(packed.usedBytes).toBeLessThanOrEqual(BROWSER_SYNC_QUOTA.totalBytes);
    const area = new FakeSyncArea();
    await area.set(packed.items);
    const read = await unpackArea(await area.getAll());
    expect(read.state === 'ok' && [...read.records.keys()]).toEqual(entries.slice(0, packed.included).map(([key]) => key));
    // One more would not have fitted.
    const more = await packArea(entries.slice(0, packed.included + 1), SYNC_QUOTA);
    expect(more.included).toBe(packed.included);
  });

  it('waits for the rest when it sees items of two different writes', async () => {
    const first = await packArea(records(samplePoints(300, 'a')), SYNC_QUOTA);
    const second = await packArea(records(samplePoints(300, 'b')), SYNC_QUOTA);
    expect(Object.keys(first.items).length).toBeGreaterThan(2);
    const mixed = { ...first.items, [HEADER_KEY]: second.items[HEADER_KEY], [chunkKey(0)]: second.items[chunkKey(0)] };
    expect((await unpackArea(mixed)).state).toBe('incomplete');
  });

  it('says so when the copy was written by a newer release, or is damaged, and reads an empty area as empty', async () => {
    expect(await unpackArea({})).toEqual({ state: 'empty' });
    expect(await unpackArea({ [HEADER_KEY]: { v: 99, n: 1, g: 'x' }, [chunkKey(0)]: 'x:AAAA' })).toMatchObject({ state: 'unreadable', newer: true });
    expect(await unpackArea({ [HEADER_KEY]: { v: 1, n: 1, g: 'x' }, [chunkKey(0)]: 'x:not-deflate' })).toMatchObject({ state: 'unreadable', newer: false });
    expect(await unpackArea({ [HEADER_KEY]: 'nonsense' })).toMatchObject({ state: 'unreadable', newer: false });
  });

  it('names the chunks a shorter copy leaves behind, so they can be removed', async () => {
    const long = await packArea(records(samplePoints(300, 'a')), SYNC_QUOTA);
    const short = await packArea(records(samplePoints(3, 'a')), SYNC_QUOTA);
    const stale = staleKeys({ ...long.items, 'someone-else': 1 }, short.items);
    expect(stale.length).toBe(Object.keys(long.items).length - Object.keys(short.items).length);
    expect(stale).not.toContain('someone-else');
  });
});
