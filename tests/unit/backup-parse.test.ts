import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, makeBackup, parseBackup } from '../../src/core/backup-format';
import { planImport } from '../../src/core/import-plan';
import { checkProfile } from '../../src/core/validation';
import type { PitchPoint } from '../../src/core/point';
import { makePoint } from './storage-fixtures';

const NOW = new Date('2026-03-02T10:00:00.000Z');

function fileWith(points: unknown[], profile: unknown = {}): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW.toISOString(), points, profile });
}

describe('parseBackup', () => {
  it('reads back what makeBackup wrote, every field intact', () => {
    const full = makePoint({ id: 'full', objection: 'Too risky', evidence: 'A trial, 2024', lastUsedAt: 1_700_000_500_000, usedCount: 3, onMeetingCard: true, order: 2.5 });
    const bare = makePoint({ id: 'bare', category: 'setup', origin: 'starter', use: [], tags: [] });
    const doc = makeBackup([full, bare], { manager: 'Sam', days: '' }, NOW);
    const result = parseBackup(JSON.stringify(doc));
    expect(result).toEqual({ ok: true, doc: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: NOW.toISOString(), points: [full, bare], profile: { manager: 'Sam' }, outcomes: [], rehearsals: [] } });
  });

  it('exports only known fields, so its own files always import again', () => {
    const withExtra = { ...makePoint(), stray: 'x', objection: undefined } as PitchPoint;
    const doc = makeBackup([withExtra], {}, NOW);
    expect(Object.keys(doc.points[0] ?? {})).not.toContain('stray');
    expect(Object.keys(doc.points[0] ?? {})).not.toContain('objection');
    expect(parseBackup(JSON.stringify(doc)).ok).toBe(true);
  });

  it('normalises tags from a hand-edited file the way the editor would', () => {
    const result = parseBackup(fileWith([makePoint({ tags: [' Trial', 'trial', 'REVIEW'] })]));
    expect(result.ok && result.doc.points[0]?.tags).toEqual(['trial', 'review']);
  });

  it('says how many more problems follow the first', () => {
    const result = parseBackup(fileWith([makePoint({ title: '' }), { ...makePoint({ id: 'b' }), usedCount: -1 }]));
    expect(result).toEqual({ ok: false, error: 'points[0].title: must not be empty (and 1 more problem)' });
  });

  it('does not let a forbidden key change any object, wherever it sits', () => {
    const text = fileWith([makePoint()]).replace('"tags":[', '"tags":[{"__proto__":{"polluted":true}},');
    const result = parseBackup(text);
    expect(result).toEqual({ ok: false, error: "points[0].tags[0].__proto__: a key named '__proto__' is not allowed in a backup, because it can change how objects behave" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts the forbidden words as ordinary text', () => {
    const result = parseBackup(fileWith([makePoint({ text: 'Our constructor client sets the prototype date; __proto__ is fine here.' })]));
    expect(result.ok).toBe(true);
  });
});

describe('checkProfile', () => {
  it('drops blank values and fields it does not know, and trims the rest', () => {
    expect(checkProfile({ manager: ' Sam ', days: '   ', shoeSize: '42' })).toEqual({ ok: true, value: { manager: 'Sam' } });
  });

  it('names the field that is too long or not text', () => {
    expect(checkProfile({ team: 'x'.repeat(501) })).toEqual({ ok: false, error: 'team: 501 characters is more than the limit of 500' });
    expect(checkProfile({ manager: 7 })).toEqual({ ok: false, error: 'manager: expected text but found the number 7' });
    expect(checkProfile(null)).toEqual({ ok: false, error: 'profile: expected the profile but found null' });
  });
});

describe('planImport', () => {
  const a = makePoint({ id: 'a' });
  const b = makePoint({ id: 'b', title: 'B' });
  const c = makePoint({ id: 'c', title: 'C' });

  it('counts new ids as adds, changed ones as updates, and everything else as untouched', () => {
    const incoming: PitchPoint[] = [{ ...a }, { ...b, text: 'changed' }, makePoint({ id: 'd' }), makePoint({ id: 'e' })];
    expect(planImport([a, b, c], incoming)).toEqual({ adds: 2, updates: 1, untouched: 2 });
  });

  it('treats a change in any field, including usage and order, as an update', () => {
    expect(planImport([a], [{ ...a, usedCount: 1 }])).toEqual({ adds: 0, updates: 1, untouched: 0 });
    expect(planImport([a], [{ ...a, order: 3 }])).toEqual({ adds: 0, updates: 1, untouched: 0 });
    expect(planImport([a], [{ ...a, use: ['meeting', 'email'] }])).toEqual({ adds: 0, updates: 1, untouched: 0 });
    expect(planImport([a], [{ ...a, onMeetingCard: true }])).toEqual({ adds: 0, updates: 1, untouched: 0 });
  });

  it('never counts a deletion: points missing from the file stay', () => {
    expect(planImport([a, b, c], [])).toEqual({ adds: 0, updates: 0, untouched: 3 });
    expect(planImport([], [a, b])).toEqual({ adds: 2, updates: 0, untouched: 0 });
  });
});
