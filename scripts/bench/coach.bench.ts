/**
 * How fast the draft coach reads a draft and ranks the library. The panel re-reads the draft
 * a few times a second while the user types, so analysis has to stay far below a frame.
 */
import { CATEGORY_IDS } from '../../src/core/categories';
import { analyzeDraft } from '../../src/core/coach/analyze';
import { createPoint, type PitchPoint } from '../../src/core/point';
import { rankSuggestions } from '../../src/core/coach/rank';
import { summarise, type BenchFigure } from './figure';

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

export function draftOfWords(words: number): string {
  const parts: string[] = ['Hi Sam,', ''];
  let count = 2;
  for (let i = 0; count < words; i++) {
    const sentence = SENTENCES[i % SENTENCES.length] ?? '';
    parts.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  parts.push('', 'Thanks,', 'Alex');
  return parts.join('\n');
}

/** A deterministic library of n points spread over every category. */
export function libraryOf(n: number): PitchPoint[] {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
  return Array.from({ length: n }, (_, i) => {
    const category = CATEGORY_IDS[i % CATEGORY_IDS.length] ?? 'sweetener';
    const point = createPoint({ id: `p-${next().toString(36)}-${i}`, category, title: `Point ${i}`, text: 'Text', order: next() % 50 }, 1_700_000_000_000);
    return { ...point, usedCount: next() % 20 };
  });
}

function time(run: () => void, warmUp: number, runs: number): number[] {
  for (let i = 0; i < warmUp; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

export default async function coachBench(): Promise<BenchFigure[]> {
  const draft = draftOfWords(500);
  const analysis = analyzeDraft(draft);
  const words = analysis.wordCount;
  const analyze = summarise(time(() => analyzeDraft(draft), 50, 200));

  const inserted = new Set<string>();
  const figures: BenchFigure[] = [
    { area: 'coach', name: `analyzeDraft, ${words}-word draft, median`, value: analyze.median, unit: 'ms', aim: '≤ 2 ms' },
    { area: 'coach', name: `analyzeDraft, ${words}-word draft, p95`, value: analyze.p95, unit: 'ms' },
  ];
  for (const size of [1_000, 10_000]) {
    const points = libraryOf(size);
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
  return figures;
}
