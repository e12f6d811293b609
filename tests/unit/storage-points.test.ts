import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import type { NewPoint, PitchPoint } from '../../src/core/point';
import {
  createPointIn,
  deletePoints,
  listPoints,
  putPoints,
  recordUse,
  reorderPoints,
  updatePoint,
} from '../../src/storage/points';
import type { PitchDB } from '../../src/storage/schema';
import { freshDB, makePoint, snapshot } from './storage-fixtures';

let db: IDBPDatabase<PitchDB>;
beforeEach(async () => {
  db = await freshDB();
});
afterEach(() => db.close());

const T0 = 1_750_000_000_000;

describe('createPointIn', () => {
  it('fills in the bookkeeping and puts each new point at the end of its category', async () => {
    const first = await createPointIn(db, { category: 'setup', title: '  Quiet room ', text: 'A door that closes.', tags: [' Quiet', 'quiet', 'Room'] }, T0);
    const second = await createPointIn(db, { category: 'setup', title: 'Backup line', text: 'A hotspot.' }, T0 + 1);
    const elsewhere = await createPointIn(db, { category: 'communication', title: 'Stand-up', text: 'On video.' }, T0 + 2);

    expect(first).toMatchObject({ title: 'Quiet room', tags: ['quiet', 'room'], order: 0, usedCount: 0, origin: 'user', createdAt: T0, updatedAt: T0 });
    expect(first.use).toEqual(['email', 'meeting']);
    expect(second.order).toBe(1);
    expect(elsewhere.order).toBe(0);
    expect(first.id).not.toBe(second.id);
    expect(await db.get('points', first.id)).toEqual(first);
  });

  it('ignores bookkeeping a caller tries to set and drops a blank objection', async () => {
    const sneaky = { category: 'setup', title: 'Desk', text: 'A real desk.', objection: '  ', usedCount: 99, createdAt: 1 } as NewPoint;
    const point = await createPointIn(db, sneaky, T0);
    expect(point.usedCount).toBe(0);
    expect(point.createdAt).toBe(T0);
    expect(point).not.toHaveProperty('objection');
  });

  it('refuses a title over the limit or of the wrong type, naming the field, and stores nothing', async () => {
    await expect(createPointIn(db, { category: 'setup', title: 'x'.repeat(201), text: '' }, T0)).rejects.toThrow(/title: 201 characters is more than the limit of 200/);
    await expect(createPointIn(db, { category: 'setup', title: 5, text: '' } as unknown as NewPoint, T0)).rejects.toThrow(/title: expected text but found the number 5/);
    await expect(createPointIn(db, { category: 'nope', title: 'A', text: '' } as unknown as NewPoint, T0)).rejects.toThrow(/category: 'nope' is not one of/);
    expect(await listPoints(db)).toEqual([]);
  });

  it('refuses an id that is already taken instead of overwriting that point', async () => {
    await createPointIn(db, { id: 'mine', category: 'setup', title: 'First', text: '' }, T0);
    await expect(createPointIn(db, { id: 'mine', category: 'setup', title: 'Second', text: '' }, T0)).rejects.toThrow(/id 'mine' is already in use/);
    expect((await db.get('points', 'mine'))?.title).toBe('First');
  });
});

describe('updatePoint', () => {
  it('applies edits, stamps updatedAt and keeps createdAt and usage', async () => {
    const point = await createPointIn(db, { category: 'objection-answer', title: 'Security', text: 'VPN only.', objection: 'Data leaks' }, T0);
    await recordUse(db, point.id, T0 + 5);
    const updated = await updatePoint(db, point.id, { text: 'VPN and MFA.', objection: '' }, T0 + 10);
    expect(updated).toMatchObject({ text: 'VPN and MFA.', createdAt: T0, updatedAt: T0 + 10, usedCount: 1 });
    expect(updated).not.toHaveProperty('objection');
    expect(await db.get('points', point.id)).toEqual(updated);
  });

  it('moves a point to the end of its new category', async () => {
    await createPointIn(db, { category: 'communication', title: 'A', text: '' }, T0);
    await createPointIn(db, { category: 'communication', title: 'B', text: '' }, T0);
    const moved = await createPointIn(db, { category: 'setup', title: 'C', text: '' }, T0);
    const updated = await updatePoint(db, moved.id, { category: 'communication' }, T0 + 1);
    expect(updated.order).toBe(2);
    expect((await listPoints(db)).filter((p) => p.category === 'communication').map((p) => p.title)).toEqual(['A', 'B', 'C']);
  });

  it('says clearly when the point is gone', async () => {
    await expect(updatePoint(db, 'missing-id', { title: 'x' }, T0)).rejects.toThrow("No pitch point has the id 'missing-id'");
  });

  it('rejects text over the limit and leaves the stored point as it was', async () => {
    const point = await createPointIn(db, { category: 'setup', title: 'Desk', text: 'Short.' }, T0);
    const before = await snapshot(db);
    await expect(updatePoint(db, point.id, { text: 'y'.repeat(5001) }, T0 + 1)).rejects.toThrow(/text: 5001 characters is more than the limit of 5000/);
    expect(await snapshot(db)).toBe(before);
  });
});

describe('deletePoints and putPoints', () => {
  it('returns what it deleted so putting it back restores every field', async () => {
    const a = await createPointIn(db, { category: 'setup', title: 'A', text: 'a', evidence: 'Somewhere', onMeetingCard: true }, T0);
    const b = await createPointIn(db, { category: 'setup', title: 'B', text: 'b' }, T0);
    await recordUse(db, a.id, T0 + 1);
    const usedA = await db.get('points', a.id);

    const deleted = await deletePoints(db, [a.id, 'not-there', a.id]);
    expect(deleted).toEqual([usedA]);
    expect((await listPoints(db)).map((p) => p.id)).toEqual([b.id]);

    await putPoints(db, deleted);
    expect(await db.get('points', a.id)).toEqual(usedA);
  });

  it('writes all of a bulk put or none of it', async () => {
    const good = makePoint({ id: 'good' });
    const bad = makePoint({ id: 'bad', usedCount: -3 });
    await expect(putPoints(db, [good, bad])).rejects.toThrow(/points\[1\]: usedCount/);
    await expect(putPoints(db, [good, makePoint({ id: 'good' })])).rejects.toThrow(/points\[1\].*'good' appears twice/);
    expect(await listPoints(db)).toEqual([]);

    expect(await putPoints(db, [good, makePoint({ id: 'other' })])).toBe(2);
    expect(await listPoints(db)).toHaveLength(2);
  });
});

describe('reorderPoints', () => {
  async function three(): Promise<PitchPoint[]> {
    return [
      await createPointIn(db, { category: 'sweetener', title: 'One', text: '' }, T0),
      await createPointIn(db, { category: 'sweetener', title: 'Two', text: '' }, T0),
      await createPointIn(db, { category: 'sweetener', title: 'Three', text: '' }, T0),
    ];
  }

  it('stores the new order and stamps only the points that moved', async () => {
    const [one, two, three_] = await three();
    if (!one || !two || !three_) throw new Error('setup failed');
    const result = await reorderPoints(db, 'sweetener', [three_.id, two.id, one.id], T0 + 9);
    expect(result.map((p) => p.title)).toEqual(['Three', 'Two', 'One']);
    expect((await listPoints(db)).map((p) => p.title)).toEqual(['Three', 'Two', 'One']);
    expect((await db.get('points', two.id))?.updatedAt).toBe(T0);
    expect((await db.get('points', one.id))?.updatedAt).toBe(T0 + 9);
  });

  it.each([
    ['leaves one out', (ids: string[]) => ids.slice(0, 2)],
    ['names one twice', (ids: string[]) => [ids[0], ids[0], ids[1]]],
    ['names a point from another category', (ids: string[]) => [ids[0], ids[1], 'elsewhere']],
    ['adds an unknown id', (ids: string[]) => [...ids, 'ghost']],
  ])('refuses a list that %s and changes nothing', async (_label, build) => {
    const ids = (await three()).map((p) => p.id);
    await createPointIn(db, { id: 'elsewhere', category: 'setup', title: 'Other', text: '' }, T0);
    const before = await snapshot(db);
    await expect(reorderPoints(db, 'sweetener', build(ids) as string[], T0 + 1)).rejects.toThrow(/each of its 3 points exactly once/);
    expect(await snapshot(db)).toBe(before);
  });
});

describe('recordUse', () => {
  it('counts uses and remembers the last one without marking the point edited', async () => {
    const point = await createPointIn(db, { category: 'setup', title: 'Desk', text: '' }, T0);
    await recordUse(db, point.id, T0 + 1);
    const used = await recordUse(db, point.id, T0 + 2);
    expect(used).toMatchObject({ usedCount: 2, lastUsedAt: T0 + 2, updatedAt: T0 });
    expect(await db.get('points', point.id)).toEqual(used);
    await expect(recordUse(db, 'gone', T0)).rejects.toThrow("No pitch point has the id 'gone'");
  });
});

describe('listPoints', () => {
  beforeEach(async () => {
    await putPoints(db, [
      makePoint({ id: 'c1', category: 'communication', title: 'Weekly note', order: 0, tags: ['status'], use: ['email'] }),
      makePoint({ id: 's2', category: 'sweetener', title: 'Own desk', order: 1, text: 'No cost to the COMPANY.', use: ['meeting'] }),
      makePoint({ id: 's1b', category: 'sweetener', title: 'Beta', order: 0 }),
      makePoint({ id: 's1a', category: 'sweetener', title: 'Alpha', order: 0, tags: ['budget'] }),
      makePoint({ id: 'm1', category: 'my-motivation', title: 'Focus', order: 5, use: ['prep'] }),
    ]);
  });

  it('sorts by the framework order of categories, then position, then title', async () => {
    expect((await listPoints(db)).map((p) => p.id)).toEqual(['m1', 's1a', 's1b', 's2', 'c1']);
  });
});
