/**
 * The schema upgrade with 10 000 points and the fill-ins: the database as the previous release left
 * it (built by the real migrations up to the one before the newest) opened with all of them, in
 * real Chromium in an extension page (against the built `dist/`; run `npm run build` first), and
 * on fake-indexeddb in Node for comparison.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LIMITS } from '../../src/core/point';
import { MIGRATIONS, openPitchDB } from '../../src/storage/open';
import { putPoints } from '../../src/storage/points';
import { saveProfile } from '../../src/storage/profile';
import { DIST, launchExtension } from '../../tests/e2e/harness/extension';
import { allRowsDrawn } from '../../tests/e2e/harness/popup';
import { previousVersionIn } from '../../tests/e2e/harness/previous-version';
import { summarise, type BenchFigure } from './figure';
import { samplePoints } from './sample-points';

const RUNS = 5;
const POINTS = LIMITS.points;
const PROFILE = { manager: 'Sam', days: 'Tuesdays and Thursdays', trialWeeks: '6' };

async function inChromium(): Promise<number[]> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error(`upgrade bench: no build in ${DIST}; run npm run build first`);
  const session = await launchExtension();
  try {
    const page = await session.openPopup();
    await allRowsDrawn(page);
    const previous = await previousVersionIn(page);
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await previous.build(POINTS, PROFILE);
      times.push(await previous.timeUpgrade());
    }
    return times;
  } finally {
    await session.close();
  }
}

async function inNode(): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    globalThis.indexedDB = new IDBFactory();
    const old = await openPitchDB('bench-upgrade', { migrations: MIGRATIONS.slice(0, -1) });
    await putPoints(old, samplePoints(POINTS, 'old'));
    await saveProfile(old, PROFILE);
    old.close();
    const start = performance.now();
    const db = await openPitchDB('bench-upgrade');
    times.push(performance.now() - start);
    db.close();
  }
  return times;
}

export default async function (): Promise<BenchFigure[]> {
  const from = MIGRATIONS.length - 1;
  const chromium = await inChromium();
  const node = await inNode();
  return [
    { area: 'storage', name: `upgrade v${from} → v${MIGRATIONS.length} with ${POINTS} points and the fill-ins, real Chromium (median of ${RUNS})`, value: summarise(chromium).median, unit: 'ms' },
    { area: 'storage', name: `the same upgrade, fake-indexeddb in Node (median of ${RUNS})`, value: summarise(node).median, unit: 'ms' },
  ];
}
