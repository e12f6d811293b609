import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { BACKUP_FORMAT, BACKUP_VERSION, makeBackup, parseBackup } from '../../src/core/backup-format';
import { librarySize, pointBytes } from '../../src/core/library-size';
import { LIMITS, type PitchPoint } from '../../src/core/point';
import { PROFILE_KEYS, type Profile } from '../../src/core/profile';
import { utf8Length } from '../../src/core/utf8';
import { applyImport, exportAll, previewImport } from '../../src/storage/backup';
import { openPitchDB } from '../../src/storage/open';
import { createPointIn, listPoints, putPoints, recordUse, reorderPoints, updatePoint } from '../../src/storage/points';
import { saveProfile } from '../../src/storage/profile';
import type { PitchDB } from '../../src/storage/schema';
import { restoreStarter } from '../../src/storage/starter';
import { samplePoints } from '../../scripts/bench/sample-points';
import { freshDB, makePoint, snapshot } from './storage-fixtures';

const NOW = Date.parse('2026-03-02T10:00:00.000Z');

let db: IDBPDatabase<PitchDB>;
beforeEach(async () => {
  db = await freshDB();
});
afterEach(() => db.close());

/** The file the popup saves: the export, pretty-printed, with a final newline. */
async function exportedFile(from: IDBPDatabase<PitchDB>): Promise<string> {
  return `${JSON.stringify(await exportAll(from, NOW), null, 2)}\n`;
}

/** Imports the file into a database of its own and says whether it came back whole. */
async function importsBack(file: string): Promise<void> {
  expect(utf8Length(file)).toBeLessThanOrEqual(LIMITS.importBytes);
  const parsed = parseBackup(file);
  if (!parsed.ok) throw new Error(parsed.error);
  const other = await openPitchDB(`other-${Math.random()}`);
  try {
    await applyImport(other, file, NOW);
    expect(await exportedFile(other)).toBe(file);
  } finally {
    other.close();
  }
}

const longPoint = (i: number): PitchPoint => makePoint({ id: `long-${i}`, order: i, text: `${i} `.padEnd(4000, 'lorem ipsum dolor ') });

/** Every fill-in at its length limit. */
const fullProfile: Profile = Object.fromEntries(PROFILE_KEYS.map((key) => [key, 'x'.repeat(LIMITS.profileValueLength)]));

describe('the library and the import agree on the limits', () => {
  it('a library of the most points there may be exports to a file that imports back, and takes no more', async () => {
    await putPoints(db, samplePoints(LIMITS.points, 'p'));
    await saveProfile(db, fullProfile, NOW);
    const before = await snapshot(db);

    await expect(createPointIn(db, { category: 'setup', title: 'One more', text: '' }, NOW)).rejects.toThrow(
      "Can't add this point: your library would hold 10001 points, more than the 10000 it can keep, so that a backup of it always imports back.",
    );
    const another = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(NOW).toISOString(), points: samplePoints(LIMITS.points, 'q'), profile: {} });
    await expect(previewImport(db, another)).rejects.toThrow('your library would hold 20000 points');
    await expect(applyImport(db, another, NOW)).rejects.toThrow('your library would hold 20000 points');
    await expect(restoreStarter(db, NOW)).rejects.toThrow("Can't restore the starter points: your library would hold");
    expect(await snapshot(db)).toBe(before);

    // Using and reordering points is never refused, however full the library.
    await recordUse(db, 'p-0', NOW);
    const setup = (await listPoints(db)).filter((point) => point.category === 'setup').map((point) => point.id);
    await reorderPoints(db, 'setup', setup.reverse(), NOW);
    await importsBack(await exportedFile(db));
  }, 60_000);

  it('a library as large in bytes as there may be exports to a file that imports back, whatever its counts become', async () => {
    // As many long points as the limit allows (counted here, with the fill-ins at their largest):
    // those go in, and one more does not.
    let next = 0;
    for (let bytes = librarySize([]).bytes + pointBytes(longPoint(0)); bytes <= LIMITS.importBytes; bytes += pointBytes(longPoint(next))) next += 1;
    await putPoints(db, Array.from({ length: next }, (_, i) => longPoint(i)));
    await expect(putPoints(db, [longPoint(next)])).rejects.toThrow(
      /in a backup, more than the 10\.0 MB it can keep, so that a backup of it always imports back\. Delete or shorten some points first\.$/,
    );
    // The example, 2 544 points of 4 000 characters, is past the limit.
    expect(next).toBeLessThan(2544);
    await saveProfile(db, fullProfile, NOW);

    // Counts and times at their widest, as years of use and moving points around could make them.
    const worn = (await listPoints(db)).map((point, i) => ({ ...point, usedCount: 9_007_199_254_740_991, lastUsedAt: 8.64e15, order: -0.0000012345678901234567 * (i + 1), createdAt: 1.234567890123456e15 }));
    await putPoints(db, worn);
    await recordUse(db, 'long-0', NOW);
    // Characters JSON writes as six bytes each: far more than the room one missing point leaves.
    await expect(updatePoint(db, 'long-1', { text: '\u0001'.repeat(LIMITS.textLength) }, NOW)).rejects.toThrow("Can't save this change: your library would take up to");
    await updatePoint(db, 'long-1', { text: 'Shorter now.' }, NOW);
    await importsBack(await exportedFile(db));
  }, 60_000);

  it('counts every library at least as large as its export, whatever its points hold', () => {
    const odd = ['\u0001\u001f', '"\\', 'é€😀', '\ud800', '<script>', '\n\t'];
    for (let seed = 0; seed < 200; seed += 1) {
      const points = Array.from({ length: 1 + (seed % 7) }, (_, i) => {
        const bit = odd[(seed + i) % odd.length] ?? '';
        return makePoint({
          id: `p-${seed}-${i}`,
          title: `Title ${bit}`,
          text: bit.repeat(1 + ((seed * 7 + i) % 300)),
          tags: seed % 2 ? [bit.toLowerCase(), 'tag'] : [],
          ...(seed % 3 === 0 ? { objection: bit, evidence: `${bit} 2024` } : {}),
          ...(seed % 5 === 0 ? { onMeetingCard: true, lastUsedAt: NOW } : {}),
          order: seed % 4 === 0 ? -1e-7 * seed : seed,
          usedCount: seed * 1_000_003,
        });
      });
      const file = `${JSON.stringify(makeBackup(points, seed % 2 ? fullProfile : {}, new Date(NOW)), null, 2)}\n`;
      expect(utf8Length(file)).toBeLessThanOrEqual(librarySize(points).bytes);
    }
  });
});
