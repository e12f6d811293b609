/**
 * The draft coach: how well it reads the corpus (tests/corpus/), how fast it answers a draft in
 * the service worker, what a page that sends a hostile tree costs it, whether the worker goes on
 * answering other requests meanwhile, and what the NLP model costs the worker's bundle and wake-up.
 */
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { coachAnswer } from '../../src/background/coach';
import { dispatch } from '../../src/background/dispatch';
import { analyzeDraft } from '../../src/core/coach/analyze';
import { layOutTree, MAX_CHARS, type DraftNode } from '../../src/core/coach/draft-tree';
import { rankSuggestions } from '../../src/core/coach/rank';
import { countWords } from '../../src/core/coach/text';
import { openPitchDB } from '../../src/storage/open';
import { listPoints, putPoints } from '../../src/storage/points';
import { getProfile } from '../../src/storage/profile';
import { seedStarterIfNew } from '../../src/storage/starter';
import { loadCorpus, scoreCorpus, TONE_IDS } from '../../tests/corpus/corpus';
import { summarise, type BenchFigure } from './figure';
import { samplePoints } from './sample-points';

const ROOT = resolve(import.meta.dirname, '../..');

/** Sentences of a plausible request, reused in turn until the draft is long enough. */
const SENTENCES = [
  "I'd like to propose working from home on Tuesdays and Thursdays, starting March 3, as a six-week trial.",
  'Two protected focus days a week would help me deliver my share of the Q3 launch sooner and with fewer slips.',
  "On home days I'll be online 9:00–5:30, join the daily stand-up on video, and reply on Slack within 30 minutes.",
  "Every Friday I'll send you a short note on what I finished, what's next and anything that's blocked.",
  'To judge it, we could track tickets resolved per week, currently about 35, and my review turnaround.',
  "I'll keep Mondays, Wednesdays and Fridays in the office, and I'm happy to come in at short notice.",
  "In my three years here I've delivered every release on time, and I already worked remotely during the rail strikes.",
  'The office can get busy in the afternoons, and I sometimes think the commute eats into the time I could spend on the backlog.',
  'Could we find 20 minutes this week to talk it through, and review how it went at the end of the trial?',
];

/** A draft of about `words` words as the page sends it: one Gmail-style div per sentence. */
function treeOfWords(words: number): DraftNode[] {
  const nodes: DraftNode[] = [['DIV', null, 'Hi Sam,'], ['DIV', null, ['BR', null]]];
  let count = 2;
  for (let i = 0; count < words; i++) {
    const sentence = SENTENCES[i % SENTENCES.length] ?? '';
    nodes.push(['DIV', null, sentence]);
    count += sentence.split(/\s+/).length;
  }
  nodes.push(['DIV', null, 'Thanks,'], ['DIV', null, 'Alex']);
  return nodes;
}

/** Trees a misbehaving page could send, each about a megabyte as JSON. */
function hostileTrees(): { name: string; tree: unknown[] }[] {
  let deep: DraftNode = 'the end';
  for (let i = 0; i < 70_000; i++) deep = ['SPAN', null, deep];
  return [
    { name: 'one 1 MB string', tree: [['DIV', null, 'work from home on Fridays '.repeat(40_000)]] },
    { name: '70 000 nested spans', tree: [deep] },
    { name: '80 000 sibling nodes', tree: Array.from({ length: 80_000 }, (_, i) => (i % 2 ? ['B', null, 'x'] : 'y')) },
    { name: '1 MB hidden by style', tree: [['DIV', 'display:none', 'secret '.repeat(150_000)], 'Hello'] },
    { name: '1 MB of junk values', tree: Array.from({ length: 100_000 }, (_, i) => [i, { tag: 'DIV' }, null, [7, 'x']][i % 4]) },
  ];
}

/**
 * The mean of the fastest quarter of the samples, printed beside each median the issue sets an aim
 * for: on a machine shared with other work, slow samples measure the neighbours (as in
 * content.bench.ts).
 */
function fastestQuarter(samples: readonly number[]): number {
  const fastest = [...samples].sort((a, b) => a - b).slice(0, Math.max(1, Math.floor(samples.length / 4)));
  return fastest.reduce((sum, value) => sum + value, 0) / fastest.length;
}

function time(run: () => unknown, warmUp: number, runs: number): number[] {
  for (let i = 0; i < warmUp; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

async function timeAsync(run: () => Promise<unknown>, warmUp: number, runs: number): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return samples;
}

const pct = (value: number) => Math.round(value * 1000) / 1000;

function corpusFigures(): BenchFigure[] {
  const figures: BenchFigure[] = [];
  for (const part of ['tuning', 'held-out'] as const) {
    const emails = loadCorpus(part);
    const score = scoreCorpus(emails);
    figures.push({
      area: 'coach corpus',
      name: `${part} (${emails.length} emails): mean balanced accuracy, 14 labels`,
      value: pct(score.meanBalancedAccuracy),
      unit: 'ratio',
      ...(part === 'held-out' ? { aim: '≥ 0.900' } : {}),
    });
    for (const label of score.labels) {
      figures.push({ area: 'coach corpus', name: `${part}: ${label.label} balanced accuracy (${label.truePositives}/${label.positives} found)`, value: pct(label.balancedAccuracy), unit: 'ratio' });
    }
    for (const label of score.labels.filter((l) => (TONE_IDS as readonly string[]).includes(l.label))) {
      figures.push({
        area: 'coach corpus',
        name: `${part}: ${label.label} false alarms (${label.negatives - label.trueNegatives}/${label.negatives})`,
        value: pct(label.falseAlarmRate),
        unit: 'ratio',
        ...(part === 'held-out' ? { aim: '≤ 0.050' } : {}),
      });
    }
  }
  return figures;
}

/** The worker's bundle as built (`dist/`), and the part of it the NLP libraries are. */
async function bundleFigures(): Promise<BenchFigure[]> {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'dist/chrome/manifest.json'), 'utf8')) as { background: { service_worker: string } };
  const worker = readFileSync(join(ROOT, 'dist/chrome', manifest.background.service_worker));

  // The coach alone, bundled the way the worker bundles it, loaded in a fresh process: what a
  // worker woken by a coach request pays before its first answer.
  const out = mkdtempSync(join(tmpdir(), 'rp-coach-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      build: { outDir: out, emptyOutDir: true, minify: true, lib: { entry: join(ROOT, 'src/core/coach/analyze.ts'), formats: ['es'], fileName: () => 'coach.js' } },
    });
    const bundle = readFileSync(join(out, 'coach.js'));
    const probe = `
      const t0 = performance.now();
      const { analyzeDraft } = await import(${JSON.stringify(join(out, 'coach.js'))});
      const t1 = performance.now();
      analyzeDraft("I'd like to work from home on Fridays from next week.");
      const t2 = performance.now();
      analyzeDraft("Could we try Tuesdays and Thursdays for six weeks and review it then?");
      const t3 = performance.now();
      console.log(JSON.stringify([t1 - t0, t2 - t1, t3 - t2]));`;
    const runs = Array.from({ length: 5 }, () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' })) as number[]);
    const at = (i: number) => summarise(runs.map((run) => run[i] ?? Number.NaN)).median;
    return [
      { area: 'coach worker', name: 'service worker bundle, gzip (was 35 880 B before wink-nlp and chrono-node)', value: gzipSync(worker).length, unit: 'bytes' },
      { area: 'coach worker', name: 'service worker bundle, raw', value: worker.length, unit: 'bytes' },
      { area: 'coach worker', name: 'the coach alone (analysis, wink-nlp + model, chrono-node), gzip', value: gzipSync(bundle).length, unit: 'bytes' },
      { area: 'coach worker', name: 'cold start: loading the coach bundle in a fresh process, median of 5', value: at(0), unit: 'ms' },
      { area: 'coach worker', name: 'cold start: first analysis (builds the model), median of 5', value: at(1), unit: 'ms' },
      { area: 'coach worker', name: 'cold start: second analysis, median of 5', value: at(2), unit: 'ms' },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export default async function coachBench(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = corpusFigures();

  const db = await openPitchDB(`bench-coach-${Date.now()}`);
  await seedStarterIfNew(db, Date.parse('2026-03-01T00:00:00Z'));
  await putPoints(db, samplePoints(200, 'bench'));
  const ask = (message: Record<string, unknown>, from: 'content-script' | 'extension-page' = 'content-script') =>
    dispatch(async () => db, message, Date.now(), from);
  const coach = (draft: unknown[]) => ask({ type: 'coach/analyze', draft, insertedIds: [], dismissed: [], rank: true, view: true });

  const points = await listPoints(db);
  const profile = await getProfile(db);
  /** The worker's own work on a request, once it has read the library: what the page waits for. */
  const answer = (draft: unknown[]) => coachAnswer({ type: 'coach/analyze', draft, insertedIds: [], dismissed: [], rank: true, view: true }, points, profile);
  const timed = (name: string, samples: number[], aim?: string): BenchFigure[] => [
    { area: 'coach', name: `${name}, median`, value: summarise(samples).median, unit: 'ms', ...(aim ? { aim } : {}) },
    { area: 'coach', name: `${name}, fastest quarter`, value: fastestQuarter(samples), unit: 'ms' },
  ];

  const draft500 = treeOfWords(500);
  const text500 = layOutTree(draft500).text;
  const words500 = countWords(text500);
  const analysis = analyzeDraft(text500);
  figures.push(
    ...timed(`analyzeDraft, ${words500}-word draft`, time(() => analyzeDraft(text500), 20, 100)),
    ...timed(`worker's answer (tree → text, analysis, ranking of ${points.length} points, section), ${words500}-word draft`, time(() => answer(draft500), 10, 100), '≤ 10 ms'),
    { area: 'coach', name: `the same through dispatch, with the library read from (fake) IndexedDB, median`, value: summarise(await timeAsync(() => coach(draft500), 3, 30)).median, unit: 'ms' },
  );

  const draft50k = treeOfWords(50_000);
  const read50k = countWords(layOutTree(draft50k).text);
  figures.push(...timed(`worker's answer, 50 000-word draft (reads its first ${MAX_CHARS.toLocaleString('en')} characters, ${read50k.toLocaleString('en')} words)`, time(() => answer(draft50k), 2, 12), '≤ 200 ms'));

  // Linear: laying out 1 MB takes about ten times what 100 KB takes (the old layout took 6.7 s for 1 MB).
  const mb = treeOfWords(170_000);
  const tenth = treeOfWords(17_000);
  const layoutMb = fastestQuarter(time(() => layOutTree(mb, Infinity), 1, 8));
  const layoutTenth = fastestQuarter(time(() => layOutTree(tenth, Infinity), 2, 20));
  figures.push(
    { area: 'coach', name: 'laying out a 1 MB draft in full (no limit), fastest quarter', value: layoutMb, unit: 'ms' },
    { area: 'coach', name: 'laying out 1 MB / laying out 100 KB, fastest quarters (10 for a linear walk)', value: layoutMb / layoutTenth, unit: 'ratio' },
  );

  // The limit is the layout's: what it keeps of a hostile tree is then read like any draft of that
  // size (the 50 000-word line above is the worst such read).
  const worst: number[] = [];
  const worstFast: number[] = [];
  for (const { name, tree } of hostileTrees()) {
    const cap = time(() => layOutTree(tree), 2, 12);
    const whole = time(() => answer(tree), 1, 8);
    worst.push(summarise(cap).median);
    worstFast.push(fastestQuarter(cap));
    figures.push(
      { area: 'coach hostile', name: `${name}: laid out and capped, median`, value: summarise(cap).median, unit: 'ms' },
      { area: 'coach hostile', name: `${name}: the worker's whole answer, median`, value: summarise(whole).median, unit: 'ms' },
    );
    try {
      const clone = summarise(time(() => structuredClone(tree), 0, 3)).median;
      figures.push({ area: 'coach hostile', name: `${name}: the message's own structured clone (before the handler)`, value: clone, unit: 'ms' });
    } catch {
      // Too deep to clone: a page's sendMessage fails before the worker sees anything.
      figures.push({ area: 'coach hostile', name: `${name}: too deep to clone, the page's send fails (count of clones)`, value: 0, unit: 'count' });
    }
  }
  figures.push(
    { area: 'coach hostile', name: '1 MB hostile tree, worst kind: capped (laid out within the limits), median', value: Math.max(...worst), unit: 'ms', aim: '≤ 50 ms' },
    { area: 'coach hostile', name: '1 MB hostile tree, worst kind: capped, fastest quarter', value: Math.max(...worstFast), unit: 'ms' },
  );

  // The popup's list asked while the worker works on the 1 MB tree and on the 50 000-word draft.
  for (const [name, tree] of [['1 MB string', hostileTrees()[0]?.tree ?? []], ['50 000-word draft', draft50k]] as const) {
    const waits: number[] = [];
    const totals: number[] = [];
    for (let i = 0; i < 7; i++) {
      const start = performance.now();
      const answer = coach(tree).then(() => totals.push(performance.now() - start));
      const listed = ask({ type: 'points/list' }, 'extension-page').then(() => waits.push(performance.now() - start));
      await Promise.all([answer, listed]);
    }
    figures.push(
      { area: 'coach hostile', name: `points/list sent with a coach request on a ${name}: answered after, median`, value: summarise(waits).median, unit: 'ms' },
      { area: 'coach hostile', name: `… while the coach's own answer took, median`, value: summarise(totals).median, unit: 'ms' },
    );
  }
  db.close();

  const inserted = new Set<string>();
  for (const size of [1_000, 10_000]) {
    const points = samplePoints(size, 'rank');
    for (const point of points.slice(0, 20)) inserted.add(point.id);
    const rank = summarise(time(() => rankSuggestions(points, analysis, { insertedIds: inserted }), 5, 50));
    figures.push({
      area: 'coach',
      name: `rankSuggestions, ${size.toLocaleString('en')} points, median`,
      value: rank.median,
      unit: 'ms',
      ...(size === 10_000 ? { aim: '≤ 20 ms at 10 000' } : {}),
    });
  }

  figures.push(...(await bundleFigures()));
  return figures;
}
