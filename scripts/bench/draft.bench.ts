/**
 * The draft builder: how long building a whole request takes (the Draft view rebuilds it on every
 * choice, and the worker on every compose panel opening), checking a formal request's elements
 * (on every keystroke in the builder), and what the view costs to load the first time it is shown
 * (its code is fetched then, not with the popup's first paint; expects `dist/` built).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDraft, type DraftChoices } from '../../src/core/draft/build';
import { preselected } from '../../src/core/draft/sections';
import { checkStatutory } from '../../src/core/draft/statutory-check';
import { starterPoints } from '../../src/core/starter';
import { DIST } from '../../tests/e2e/harness/extension';
import { summarise, type BenchFigure } from './figure';
import { samplePoints } from './sample-points';

const PROFILE = {
  manager: 'Sam', myName: 'Alex', days: 'Tuesdays and Thursdays', startDate: '2027-03-01', trialWeeks: '6', teamGoal: 'the spring release',
  metric: 'tickets resolved per week', baseline: '42', target: '45', coreHours: '9:00–17:30', responseTime: 'within 30 minutes',
};

function time(run: () => void, warmUp: number, runs: number): number[] {
  for (let i = 0; i < warmUp; i++) run();
  return Array.from({ length: runs }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
}

function gzipOfChunks(prefixes: readonly string[]): number {
  const assets = join(DIST, 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js') && prefixes.some((prefix) => file.startsWith(prefix)))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(assets, file))).length, 0);
}

export default async function draftBench(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const [label, points] of [['starter library', starterPoints(0)], ['1 000 points', [...starterPoints(0), ...samplePoints(1_000, 'b')]]] as const) {
    const choices: DraftChoices = { tone: 'friendly', length: 'full', mode: 'uk', chosen: preselected(points), previousRequest: false, sendDate: '2026-12-01', values: {} };
    const build = summarise(time(() => buildDraft(points, PROFILE, choices), 20, 100));
    figures.push({ area: 'draft', name: `buildDraft (formal request, full), ${label}, median`, value: build.median, unit: 'ms'});
  }
  const letter = buildDraft(starterPoints(0), PROFILE, { tone: 'formal', length: 'full', mode: 'ie', chosen: preselected(starterPoints(0)), previousRequest: false, sendDate: '2026-12-01', values: { workLocation: 'Galway', reason: 'focus' } }).body;
  const check = summarise(time(() => checkStatutory(letter, 'ie'), 50, 500));
  figures.push({ area: 'draft', name: `checkStatutory, ${letter.split(/\s+/).length}-word Irish letter, median`, value: check.median, unit: 'ms'});
  figures.push({ area: 'draft', name: 'Draft view code fetched on first show (gzip)', value: gzipOfChunks(['DraftTab-', 'saved-draft-']), unit: 'bytes' });
  // ical-generator and the trial's calendar code come only when the user downloads the .ics.
  figures.push({ area: 'draft', name: 'Trial calendar code fetched on first .ics download (gzip)', value: gzipOfChunks(['calendar-']), unit: 'bytes' });
  return figures;
}
