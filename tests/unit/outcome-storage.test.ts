import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '../../src/core/backup-format';
import type { OutcomeInput } from '../../src/core/outcome/outcome';
import { applyImport, exportAll } from '../../src/storage/backup';
import { MIGRATIONS, openPitchDB } from '../../src/storage/open';
import { deleteOutcome, listOutcomes, saveOutcome } from '../../src/storage/outcomes';
import { putPoints, listPoints } from '../../src/storage/points';
import { saveProfile, getProfile } from '../../src/storage/profile';
import { listRehearsals, markRehearsal } from '../../src/storage/rehearsals';
import { DB_NAME } from '../../src/storage/schema';
import { deleteAllData } from '../../src/storage/starter';
import { makePoint } from './storage-fixtures';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const NOW = Date.UTC(2026, 11, 1);
const ENTRY: OutcomeInput = {
  askedOn: '2026-11-30', answer: 'trial', mode: 'standard', notes: 'Sam wants the numbers weekly.', askAgainOn: '',
  agreed: { days: 'Tuesdays', startDate: '2027-01-11', trialWeeks: '8', measures: 'tickets per week, now 42, target 45' },
};

describe('the outcome log and rehearsal stores', () => {
  it('upgrades a version 1 database to the newest without losing a record, and adds an empty outcome log and rehearsal progress', async () => {
    const v1 = await openPitchDB(DB_NAME, { migrations: MIGRATIONS.slice(0, 1) });
    const points = Array.from({ length: 300 }, (_, i) => makePoint({ id: `p-${i}`, order: i }));
    await putPoints(v1, points);
    await saveProfile(v1, { manager: 'Sam' });
    await v1.put('meta', true, 'starterSeeded');
    v1.close();

    const newest = await openPitchDB(DB_NAME);
    expect(newest.version).toBe(MIGRATIONS.length);
    expect(await listPoints(newest)).toHaveLength(300);
    expect(await getProfile(newest)).toEqual({ manager: 'Sam' });
    expect(await newest.get('meta', 'starterSeeded')).toBe(true);
    expect(await listOutcomes(newest)).toEqual([]);
    expect(await listRehearsals(newest)).toEqual([]);
    newest.close();
  });
});

describe('the outcome log', () => {
  it('keeps entries newest first, updates one by id keeping when it was written, and deletes', async () => {
    const db = await openPitchDB();
    const first = await saveOutcome(db, { ...ENTRY, askedOn: '2026-10-01', answer: 'not-now', askAgainOn: '2027-01-01' }, NOW);
    const second = await saveOutcome(db, ENTRY, NOW + 1);
    expect((await listOutcomes(db)).map((entry) => entry.id)).toEqual([second.id, first.id]);
    const edited = await saveOutcome(db, { ...ENTRY, id: second.id, notes: 'Weekly numbers, Friday.' }, NOW + 5);
    expect(edited).toMatchObject({ id: second.id, createdAt: NOW + 1, updatedAt: NOW + 5, notes: 'Weekly numbers, Friday.' });
    expect(await deleteOutcome(db, first.id, NOW + 6)).toBe(true);
    expect(await deleteOutcome(db, first.id, NOW + 7)).toBe(false);
    expect(await listOutcomes(db)).toEqual([edited]);
    db.close();
  });

  it('refuses a bad entry with the field named, storing nothing', async () => {
    const db = await openPitchDB();
    await expect(saveOutcome(db, { ...ENTRY, answer: 'maybe' }, NOW)).rejects.toThrow(/^Can't save this outcome: answer: expected one of yes, trial, not-now, no/);
    await expect(saveOutcome(db, { ...ENTRY, agreed: { ...ENTRY.agreed, startDate: 'soon' } }, NOW)).rejects.toThrow(/agreed\.startDate: expected a date/);
    expect(await listOutcomes(db)).toEqual([]);
    db.close();
  });
});

describe('rehearsal progress', () => {
  it('keeps the last mark of each answer and counts the rounds, for points that exist', async () => {
    const db = await openPitchDB();
    await putPoints(db, [makePoint({ id: 'oa-1', category: 'objection-answer' })]);
    await markRehearsal(db, 'oa-1', 'needs-work', NOW);
    const mark = await markRehearsal(db, 'oa-1', 'confident', NOW + 1);
    expect(mark).toEqual({ pointId: 'oa-1', mark: 'confident', markedAt: NOW + 1, rounds: 2 });
    await expect(markRehearsal(db, 'gone', 'confident', NOW)).rejects.toThrow(/No pitch point has the id 'gone'/);
    db.close();
  });
});

describe('the backup', () => {
  it('carries the outcome log and rehearsal progress: export, delete everything, import, all back', async () => {
    const db = await openPitchDB();
    await putPoints(db, [makePoint({ id: 'oa-1', category: 'objection-answer' })]);
    await saveProfile(db, { manager: 'Sam' });
    const entry = await saveOutcome(db, ENTRY, NOW);
    const mark = await markRehearsal(db, 'oa-1', 'needs-work', NOW);
    const file = JSON.stringify(await exportAll(db, NOW));
    await deleteAllData(db);
    expect(await listOutcomes(db)).toEqual([]);
    expect(await listRehearsals(db)).toEqual([]);
    await applyImport(db, file);
    expect(await listOutcomes(db)).toEqual([entry]);
    expect(await listRehearsals(db)).toEqual([mark]);
    expect(JSON.stringify(await exportAll(db, NOW))).toBe(file);
    db.close();
  });

  it('still imports a version 1 file, which has neither', async () => {
    const db = await openPitchDB();
    const v1 = { format: BACKUP_FORMAT, version: 1, exportedAt: new Date(NOW).toISOString(), points: [makePoint({ id: 'p-old' })], profile: { manager: 'Ali' } };
    await applyImport(db, JSON.stringify(v1));
    expect((await listPoints(db)).map((point) => point.id)).toEqual(['p-old']);
    expect(await getProfile(db)).toEqual({ manager: 'Ali' });
    expect(await listOutcomes(db)).toEqual([]);
    db.close();
  });

  it('refuses a file whose outcome log is damaged, and changes nothing', async () => {
    const db = await openPitchDB();
    const doc = await exportAll(db, NOW);
    const bad = { ...doc, outcomes: [{ ...ENTRY, id: 'o-1', createdAt: NOW, updatedAt: NOW, answer: 'perhaps' }] };
    await expect(applyImport(db, JSON.stringify(bad))).rejects.toThrow(/^outcomes\[0\]\.answer: expected one of yes, trial, not-now, no/);
    expect(await listOutcomes(db)).toEqual([]);
    db.close();
  });
});
