import { describe, expect, it } from 'vitest';
import { originOf, pointFields, recordKey } from '../../src/core/sync/kinds';
import { planSync, TOMBSTONE_TTL, type SyncInput } from '../../src/core/sync/plan';
import { mergeRecord, stampLocal, type LiveRecord, type SyncRecord } from '../../src/core/sync/record';
import { starterPoints } from '../../src/core/starter';
import { makePoint } from './storage-fixtures';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1);

const live = (fields: Record<string, string | null>, times: Record<string, number>): LiveRecord => ({ fields, times });

describe('mergeRecord', () => {
  const a = live({ title: 'Home on Tuesdays', text: 'old text' }, { title: T0 + 10, text: T0 });
  const b = live({ title: 'Old title', text: 'New text from work' }, { title: T0, text: T0 + 20 });

  it('keeps the newer value of each field, so edits to different fields both survive', () => {
    expect(mergeRecord(a, b)).toEqual(live({ title: 'Home on Tuesdays', text: 'New text from work' }, { title: T0 + 10, text: T0 + 20 }));
  });

  it('is the same whichever side comes first, and merging twice changes nothing', () => {
    const ab = mergeRecord(a, b);
    expect(mergeRecord(b, a)).toEqual(ab);
    expect(mergeRecord(ab, b)).toEqual(ab);
    expect(mergeRecord(ab, ab)).toEqual(ab);
  });

  it('settles a tie the same way on both sides, and never in favour of "not set"', () => {
    const left = live({ title: 'A', evidence: 'Owl Labs 2022' }, { title: T0, evidence: T0 });
    const right = live({ title: 'B', evidence: null }, { title: T0, evidence: T0 });
    expect(mergeRecord(left, right)).toEqual(mergeRecord(right, left));
    expect((mergeRecord(left, right) as LiveRecord).fields.evidence).toBe('Owl Labs 2022');
  });

  it('lets a deletion win over older edits, and an edit made after the deletion bring the record back', () => {
    expect(mergeRecord(a, { deletedAt: T0 + 30 })).toEqual({ deletedAt: T0 + 30 });
    expect(mergeRecord({ deletedAt: T0 + 5 }, a)).toEqual(a);
    expect(mergeRecord({ deletedAt: T0 + 5 }, { deletedAt: T0 + 9 })).toEqual({ deletedAt: T0 + 9 });
  });
});

describe('stampLocal', () => {
  const known = live({ title: 'Trial first', text: 'Six weeks' }, { title: T0, text: T0 });

  it('keeps the known time of an unchanged field and stamps a changed one with the edit time', () => {
    expect(stampLocal({ fields: { title: 'Trial first', text: 'Eight weeks' }, changedAt: T0 + 50 }, known, undefined, T0 + 60)).toEqual(
      live({ title: 'Trial first', text: 'Eight weeks' }, { title: T0, text: T0 + 50 }),
    );
  });

  it('stamps a change with an old edit time (an imported file, an undo) as made now', () => {
    const stamped = stampLocal({ fields: { title: 'From an old backup', text: 'Six weeks' }, changedAt: T0 - DAY }, known, undefined, T0 + 60);
    expect(stamped).toEqual(live({ title: 'From an old backup', text: 'Six weeks' }, { title: T0 + 60, text: T0 }));
  });

  it('turns a record gone from here into a tombstone, at the remembered time or else now', () => {
    expect(stampLocal(undefined, known, T0 + 40, T0 + 60)).toEqual({ deletedAt: T0 + 40 });
    expect(stampLocal(undefined, known, undefined, T0 + 60)).toEqual({ deletedAt: T0 + 60 });
    expect(stampLocal(undefined, undefined, undefined, T0 + 60)).toBeUndefined();
  });

  it('stamps a record put back after its deletion as newer than the deletion', () => {
    const stamped = stampLocal({ fields: { title: 'Trial first', text: 'Six weeks' }, changedAt: T0 }, { deletedAt: T0 + 40 }, undefined, T0 + 60);
    expect(mergeRecord(stamped, { deletedAt: T0 + 40 })).toEqual(stamped);
  });
});

describe('planSync', () => {
  const point = makePoint({ id: 'p-1', title: 'Quiet mornings', text: 'I write the report before nine.', updatedAt: T0 });
  const key = recordKey('points', 'p-1');
  const base = (overrides: Partial<SyncInput>): SyncInput => ({ local: new Map(), deletions: new Map(), known: new Map(), remote: new Map(), origin: originOf, now: T0 + DAY, ...overrides });
  const stamped = (fields = pointFields(point), time = T0): LiveRecord => ({ fields, times: Object.fromEntries(Object.keys(fields).map((name) => [name, time])) });

  it('merges an edit here with an edit there to the same point, field by field', () => {
    const known = stamped();
    const here = { fields: { ...known.fields, title: 'Quiet mornings at home' }, changedAt: T0 + 100 };
    const there = stamped({ ...known.fields, text: 'I send the report before nine.' }, T0);
    const remote: SyncRecord = { fields: there.fields, times: { ...there.times, text: T0 + 200 } };
    const { merged, changes } = planSync(base({ local: new Map([[key, here]]), known: new Map([[key, known]]), remote: new Map([[key, remote]]) }));
    const fields = (merged.get(key) as LiveRecord).fields;
    expect(fields.title).toBe('Quiet mornings at home');
    expect(fields.text).toBe('I send the report before nine.');
    expect(changes.get(key)).toEqual(merged.get(key));
  });

  it('deletes here what was deleted there after its last edit, and passes a deletion made here on', () => {
    const known = stamped();
    const here = { fields: known.fields, changedAt: T0 };
    const deletedThere = planSync(base({ local: new Map([[key, here]]), known: new Map([[key, known]]), remote: new Map([[key, { deletedAt: T0 + 5 }]]) }));
    expect(deletedThere.changes.get(key)).toBeNull();
    const deletedHere = planSync(base({ known: new Map([[key, known]]), remote: new Map([[key, known]]), deletions: new Map([[key, T0 + 7]]) }));
    expect(deletedHere.merged.get(key)).toEqual({ deletedAt: T0 + 7 });
    expect(deletedHere.changes.size).toBe(0);
  });

  it('passes on a starter point deleted before sync was ever on, instead of taking it back', () => {
    const starter = starterPoints(T0)[0];
    if (!starter) throw new Error('no starter points');
    const starterKey = recordKey('points', starter.id);
    const untouchedThere = originOf(starterKey);
    const { merged, changes } = planSync(base({ deletions: new Map([[starterKey, T0]]), remote: untouchedThere ? new Map([[starterKey, untouchedThere]]) : new Map() }));
    expect(merged.get(starterKey)).toEqual({ deletedAt: T0 });
    expect(changes.has(starterKey)).toBe(false);
  });

  it('leaves untouched starter points out: every computer has them already', () => {
    const local = new Map(starterPoints(T0).map((p) => [recordKey('points', p.id), { fields: pointFields(p), changedAt: T0 }]));
    const { merged, changes } = planSync(base({ local }));
    expect(merged.size).toBe(0);
    expect(changes.size).toBe(0);
  });

  it('an edited starter point from another computer wins over the same point untouched here', () => {
    const starter = starterPoints(T0)[0];
    if (!starter) throw new Error('no starter points');
    const starterKey = recordKey('points', starter.id);
    const origin = originOf(starterKey) as LiveRecord;
    const edited: LiveRecord = { fields: { ...origin.fields, title: 'Mine now' }, times: { ...origin.times, title: T0 - 10 * DAY } };
    // Installed here later than the edit there: the time of installation is not an edit.
    const here = { fields: pointFields(starter), changedAt: T0 };
    const { changes } = planSync(base({ local: new Map([[starterKey, here]]), remote: new Map([[starterKey, edited]]) }));
    expect((changes.get(starterKey) as LiveRecord).fields.title).toBe('Mine now');
  });

  it('forgets a deletion once it is older than the time tombstones are kept', () => {
    const old = planSync(base({ remote: new Map([[key, { deletedAt: T0 }]]), now: T0 + TOMBSTONE_TTL + 1 }));
    expect(old.merged.has(key)).toBe(false);
    const recent = planSync(base({ remote: new Map([[key, { deletedAt: T0 }]]), now: T0 + TOMBSTONE_TTL - 1 }));
    expect(recent.merged.get(key)).toEqual({ deletedAt: T0 });
  });

  it('takes a record that is missing from the area as no news, not as a deletion', () => {
    const known = stamped();
    const { merged, changes } = planSync(base({ local: new Map([[key, { fields: known.fields, changedAt: T0 }]]), known: new Map([[key, known]]) }));
    expect(merged.get(key)).toEqual(known);
    expect(changes.size).toBe(0);
  });
});
