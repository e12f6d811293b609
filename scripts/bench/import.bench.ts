/**
 * How long the largest allowed backup takes to check and import. Runs on fake-indexeddb in
 * Node, so the write figure shows our own overhead (validation, merge, one transaction) rather
 * than a browser's disk; the figure names say so.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type BackupDocument } from '../../src/core/backup-format';
import { LIMITS } from '../../src/core/point';
import { applyImport } from '../../src/storage/backup';
import { openPitchDB } from '../../src/storage/open';
import { summarise, type BenchFigure } from './figure';
import { samplePoints } from './sample-points';

const RUNS = 5;

function largestBackup(): string {
  const now = Date.parse('2026-03-01T00:00:00Z');
  const points = samplePoints(LIMITS.points, 'p');
  const doc: BackupDocument = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), points, profile: { manager: 'Sam' }, outcomes: [], rehearsals: [] };
  return JSON.stringify(doc);
}

export default async function (): Promise<BenchFigure[]> {
  const json = largestBackup();
  const validate: number[] = [];
  const full: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    let start = performance.now();
    const checked = parseBackup(json);
    if (!checked.ok) throw new Error(`the bench file did not validate: ${checked.error}`);
    validate.push(performance.now() - start);

    globalThis.indexedDB = new IDBFactory();
    const db = await openPitchDB(`bench-${run}`);
    start = performance.now();
    const plan = await applyImport(db, json);
    full.push(performance.now() - start);
    db.close();
    if (plan.adds !== LIMITS.points) throw new Error(`expected ${LIMITS.points} adds, got ${plan.adds}`);
  }
  return [
    { area: 'storage', name: `validate a ${LIMITS.points}-point backup (median of ${RUNS})`, value: summarise(validate).median, unit: 'ms' },
    { area: 'storage', name: `validate and import ${LIMITS.points} points, fake-indexeddb in Node (median of ${RUNS})`, value: summarise(full).median, unit: 'ms', aim: '≤ 1 s' },
    { area: 'storage', name: `size of a ${LIMITS.points}-point backup file`, value: json.length, unit: 'bytes', aim: `≤ ${LIMITS.importBytes} B` },
  ];
}
