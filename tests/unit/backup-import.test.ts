import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../src/core/backup-format';
import { LIMITS, type PitchPoint } from '../../src/core/point';
import { applyImport, exportAll, previewImport } from '../../src/storage/backup';
import { openPitchDB } from '../../src/storage/open';
import { listPoints, putPoints, recordUse } from '../../src/storage/points';
import { getProfile, saveProfile } from '../../src/storage/profile';
import type { PitchDB } from '../../src/storage/schema';
import { seedStarterIfNew } from '../../src/storage/starter';
import { freshDB, makePoint, snapshot } from './storage-fixtures';

const NOW = Date.parse('2026-03-02T10:00:00.000Z');

let db: IDBPDatabase<PitchDB>;
beforeEach(async () => {
  db = await freshDB();
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

/** A point as plain data, so a test may set any field to anything. */
function loose(overrides: Partial<PitchPoint>): Record<string, unknown> {
  return { ...makePoint(overrides) };
}

/** A well-formed backup as plain data, for a test to break in one place. */
function validDoc() {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2026-03-01T09:00:00.000Z',
    points: [loose({ id: 'first' }), loose({ id: 'second', category: 'setup', title: 'Desk' })],
    profile: { manager: 'Alex' } as Record<string, unknown>,
  };
}

function broken(change: (doc: ReturnType<typeof validDoc>) => void): string {
  const doc = validDoc();
  change(doc);
  return JSON.stringify(doc);
}

/** Puts `key` into the JSON text where a spread or JSON.stringify would not keep it. */
function withRawKey(key: string, where: 'point' | 'profile'): string {
  const text = JSON.stringify(validDoc());
  return where === 'point'
    ? text.replace('{"id":"second"', `{"${key}":{"isAdmin":true},"id":"second"`)
    : text.replace('"profile":{', `"profile":{"${key}":{"isAdmin":true},`);
}

describe('export and import', () => {
  it('carries every field of every point, and the profile, into a fresh database', async () => {
    await seedStarterIfNew(db, NOW);
    await putPoints(db, [
      makePoint({ id: 'mine', objection: 'Too risky', evidence: 'Trial, 2024', onMeetingCard: true, order: 7, tags: ['a', 'b'], use: ['prep'] }),
    ]);
    await recordUse(db, 'mine', NOW + 1);
    await saveProfile(db, { manager: 'Sam', trialWeeks: '6' });
    const exported = await exportAll(db, NOW + 2);
    expect(exported.exportedAt).toBe('2026-03-02T10:00:00.002Z');

    const other = await openPitchDB('another-profile');
    const plan = await applyImport(other, JSON.stringify(exported));
    expect(plan).toEqual({ adds: exported.points.length, updates: 0, untouched: 0 });
    expect(await listPoints(other)).toEqual(await listPoints(db));
    expect(await other.get('points', 'mine')).toMatchObject({ usedCount: 1, lastUsedAt: NOW + 1, objection: 'Too risky', onMeetingCard: true });
    expect(await getProfile(other)).toEqual({ manager: 'Sam', trialWeeks: '6' });
    expect((await exportAll(other, NOW + 2)).points).toEqual(exported.points);

    // Importing the same file again finds nothing to do.
    expect(await applyImport(other, JSON.stringify(exported))).toEqual({ adds: 0, updates: 0, untouched: exported.points.length });
    other.close();
  });

  it('merges by id: adds new points, replaces changed ones, keeps points the file lacks', async () => {
    await putPoints(db, [makePoint({ id: 'first' }), makePoint({ id: 'kept', title: 'Only here' })]);
    const json = broken((doc) => {
      doc.points[0] = loose({ id: 'first', text: 'Edited elsewhere.' });
    });

    const before = await snapshot(db);
    expect(await previewImport(db, json)).toEqual({ adds: 1, updates: 1, untouched: 1 });
    expect(await snapshot(db)).toBe(before);

    expect(await applyImport(db, json)).toEqual({ adds: 1, updates: 1, untouched: 1 });
    expect((await listPoints(db)).map((p) => p.id).sort()).toEqual(['first', 'kept', 'second']);
    expect((await db.get('points', 'first'))?.text).toBe('Edited elsewhere.');
  });

  it("replaces the stored profile with the file's, unless the file has none", async () => {
    await saveProfile(db, { manager: 'Sam', days: 'Fridays' });
    await applyImport(db, broken((doc) => (doc.profile = {})));
    expect(await getProfile(db)).toEqual({ manager: 'Sam', days: 'Fridays' });

    await applyImport(db, broken((doc) => (doc.profile = { manager: 'Alex', team: '  ' })));
    expect(await getProfile(db)).toEqual({ manager: 'Alex' });
  });
});

const BAD_FILES: [label: string, json: () => string, error: RegExp][] = [
  ['not JSON', () => '{"format": "remote-pitch-backup", ', /^file: this is not valid JSON \(/],
  ['a list instead of a backup', () => '[]', /^file: expected a Remote Pitch backup object but found a list$/],
  ['another format', () => broken((d) => ((d as Record<string, unknown>).format = 'other-app')), /^format: expected 'remote-pitch-backup' but found the text 'other-app': this is not a Remote Pitch backup$/],
  ['a newer version', () => broken((d) => ((d as Record<string, unknown>).version = BACKUP_VERSION + 1)), /^version: this backup was made by a newer Remote Pitch/],
  ['a version as text', () => broken((d) => ((d as Record<string, unknown>).version = '1')), new RegExp(`^version: expected version ${BACKUP_VERSION} but found the text '1'$`)],
  ['points not a list', () => broken((d) => ((d as Record<string, unknown>).points = { first: {} })), /^points: expected a list of points but found an object$/],
  ['a point that is null', () => broken((d) => ((d.points as unknown[])[1] = null)), /^points\[1\]: expected a point but found null$/],
  ['an unknown category', () => broken((d) => ((d.points[1] ?? {}).category = 'foo')), /^points\[1\]\.category: 'foo' is not one of my-motivation, boss-motivation, performance-indicator, sweetener, /],
  ['a missing title', () => broken((d) => delete (d.points[0] ?? {}).title), /^points\[0\]\.title: is missing$/],
  ['a title too long', () => broken((d) => ((d.points[1] ?? {}).title = 't'.repeat(LIMITS.titleLength + 1))), /^points\[1\]\.title: 201 characters is more than the limit of 200$/],
  ['a blank title', () => broken((d) => ((d.points[0] ?? {}).title = '   ')), /^points\[0\]\.title: must not be empty$/],
  ['an id with unsafe characters', () => broken((d) => ((d.points[0] ?? {}).id = '<img src=x>')), /^points\[0\]\.id: '<img src=x>' may only use letters, digits/],
  ['an empty id', () => broken((d) => ((d.points[0] ?? {}).id = '')), /^points\[0\]\.id: must not be empty$/],
  ['an id too long', () => broken((d) => ((d.points[0] ?? {}).id = 'a'.repeat(LIMITS.idLength + 1))), /^points\[0\]\.id: 101 characters is more than the limit of 100$/],
  ['duplicate ids', () => broken((d) => ((d.points[1] ?? {}).id = 'first')), /^points\[1\]\.id: 'first' is already used by points\[0\]$/],
  [
    'more points than allowed',
    () => broken((d) => (d.points = Array.from({ length: LIMITS.points + 1 }, (_, i) => loose({ id: `p${i}` })))),
    /^points: 10001 points is more than the 10000 a backup may hold$/,
  ],
  ['a file over the size limit', () => ' '.repeat(LIMITS.importBytes) + JSON.stringify(validDoc()), /^file: 10\.0 MB is larger than the 10\.0 MB a backup may be$/],
  // Bytes, as the popup counts the file: 5.5 million letters of two bytes each are 10.5 MB.
  ['a file over the size limit in bytes though not in letters', () => JSON.stringify(validDoc()) + 'é'.repeat(5_500_000), /^file: 10\.5 MB is larger than the 10\.0 MB a backup may be$/],
  [
    'JSON nested a million levels deep',
    () => `${'['.repeat(1_000_000)}"\\u0041"${']'.repeat(1_000_000)}`,
    /^file: lists and objects in it are nested more than 64 levels deep, where a Remote Pitch backup goes 4 levels deep at most: this is not a backup, or it is damaged$/,
  ],
  ['a __proto__ key in a point', () => withRawKey('__proto__', 'point'), /^points\[1\]\.__proto__: a key named '__proto__' is not allowed in a backup/],
  ['a __proto__ key hidden behind an escape', () => withRawKey('\\u005f_proto__', 'point'), /^points\[1\]\.__proto__: a key named '__proto__' is not allowed in a backup/],
  ['a constructor key in the profile', () => withRawKey('constructor', 'profile'), /^profile\.constructor: a key named 'constructor' is not allowed in a backup/],
  ['a prototype key at the top', () => JSON.stringify({ prototype: 1, ...validDoc() }), /^prototype: a key named 'prototype' is not allowed in a backup/],
  ['an unknown profile field', () => broken((d) => (d.profile.favouriteColour = 'green')), /^profile\.favouriteColour: is not a field of the profile \(known fields: manager, myName, /],
  ['a profile value that is not text', () => broken((d) => (d.profile.manager = 42)), /^profile\.manager: expected text but found the number 42$/],
  ['a profile value too long', () => broken((d) => (d.profile.team = 'x'.repeat(LIMITS.profileValueLength + 1))), /^profile\.team: 501 characters is more than the limit of 500$/],
  ['a missing profile', () => broken((d) => delete (d as Partial<typeof d>).profile), /^profile: is missing$/],
  ['a negative usedCount', () => broken((d) => ((d.points[0] ?? {}).usedCount = -1)), /^points\[0\]\.usedCount: expected a count that is not negative but found the number -1$/],
  ['a fractional usedCount', () => broken((d) => ((d.points[0] ?? {}).usedCount = 1.5)), /^points\[0\]\.usedCount: expected a whole number but found the number 1.5$/],
  ['an infinite timestamp', () => JSON.stringify(validDoc()).replace('"createdAt":1700000000000', '"createdAt":1e999'), /^points\[0\]\.createdAt: expected a time in milliseconds but found the number Infinity$/],
  ['a timestamp as text', () => broken((d) => ((d.points[1] ?? {}).updatedAt = '2026-01-01')), /^points\[1\]\.updatedAt: expected a time in milliseconds but found the text '2026-01-01'$/],
  ['a bad use value', () => broken((d) => ((d.points[0] ?? {}).use = ['email', 'fax'])), /^points\[0\]\.use\[1\]: 'fax' is not one of email, meeting, prep$/],
  ['a use listed twice', () => broken((d) => ((d.points[0] ?? {}).use = ['email', 'email'])), /^points\[0\]\.use: lists the same use twice$/],
  ['a bad origin', () => broken((d) => ((d.points[0] ?? {}).origin = 'server')), /^points\[0\]\.origin: 'server' is not one of starter, user$/],
  ['tags that are not text', () => broken((d) => ((d.points[0] ?? {}).tags = ['ok', 3])), /^points\[0\]\.tags\[1\]: expected text but found the number 3$/],
  ['too many tags', () => broken((d) => ((d.points[0] ?? {}).tags = Array.from({ length: 21 }, (_, i) => `t${i}`))), /^points\[0\]\.tags: 21 tags is more than the limit of 20$/],
  ['an unknown point field', () => broken((d) => ((d.points[1] ?? {}).colour = 'red')), /^points\[1\]\.colour: is not a field of a point$/],
  ['an unknown top-level field', () => broken((d) => ((d as Record<string, unknown>).settings = {})), /^settings: is not a field of a backup$/],
  ['a bad export date', () => broken((d) => (d.exportedAt = 'yesterday')), /^exportedAt: expected an ISO date and time but found the text 'yesterday'$/],
  ['onMeetingCard as text', () => broken((d) => ((d.points[0] ?? {}).onMeetingCard = 'yes')), /^points\[0\]\.onMeetingCard: expected true or false but found the text 'yes'$/],
];

describe('a bad import file', () => {
  it.each(BAD_FILES)('(%s) is refused with a message naming the place, and changes nothing', async (_label, json, error) => {
    await seedStarterIfNew(db, NOW);
    await saveProfile(db, { manager: 'Sam' });
    const before = await snapshot(db);
    const text = json();

    await expect(previewImport(db, text)).rejects.toThrow(error);
    await expect(applyImport(db, text)).rejects.toThrow(error);
    expect(await snapshot(db)).toBe(before);
  });

  it('is never reported in words about the engine', async () => {
    const deep = `${'{"a":'.repeat(1_000_000)}"\\u0041"${'}'.repeat(1_000_000)}`;
    await expect(previewImport(db, deep)).rejects.toThrow(/nested more than 64 levels deep/);
    await expect(previewImport(db, deep)).rejects.not.toThrow(/call stack|recursion/);
  });

  it('is told apart from a good one: the well-formed base file imports', async () => {
    expect(await applyImport(db, JSON.stringify(validDoc()))).toEqual({ adds: 2, updates: 0, untouched: 0 });
  });
});

describe('an import that fails part way', () => {
  /** Makes the `nth` put of the test throw before it is issued, as a value that cannot be cloned does. */
  function throwOnPut(nth: number) {
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls += 1;
      if (calls === nth) throw new DOMException('The object could not be cloned.', 'DataCloneError');
      return put.apply(this, args);
    });
  }

  it('keeps none of its writes when one throws while they are still being issued, and says why', async () => {
    await seedStarterIfNew(db, NOW);
    await saveProfile(db, { manager: 'Sam' });
    const before = await snapshot(db);
    const json = JSON.stringify({ ...validDoc(), points: Array.from({ length: 10 }, (_, i) => loose({ id: `new-${i}` })) });
    throwOnPut(4);
    await expect(applyImport(db, json)).rejects.toThrow('Nothing was imported, your library is as it was: The object could not be cloned.');
    vi.restoreAllMocks();
    expect(await snapshot(db)).toBe(before);
    // The file itself was fine: once nothing interferes it imports whole.
    expect(await applyImport(db, json)).toMatchObject({ adds: 10 });
  });

  it('puts back no point of an undo when one throws part way', async () => {
    await seedStarterIfNew(db, NOW);
    const before = await snapshot(db);
    throwOnPut(2);
    await expect(putPoints(db, [makePoint({ id: 'a' }), makePoint({ id: 'b' }), makePoint({ id: 'c' })])).rejects.toThrow('could not be cloned');
    vi.restoreAllMocks();
    expect(await snapshot(db)).toBe(before);
  });
});
