/**
 * Reads the labelled emails in tests/corpus/ (see its README) and scores the coach on them: per label,
 * balanced accuracy (the mean of the hit rate on positives and the correct-silence rate on
 * negatives, so a rare flag weighs as much as a common facet) and, for the tone flags, the false
 * alarm rate. Shared by the unit test that locks the held-out figures and by `npm run bench`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDraft } from '../../src/core/coach/analyze';
import { FACET_IDS, type FacetId } from '../../src/core/coach/rules';

export const TONE_IDS = ['personal-first', 'ultimatum', 'entitlement', 'care-while-working', 'hedging', 'office-complaint'] as const;
export type ToneId = (typeof TONE_IDS)[number];
export type LabelId = FacetId | ToneId;
export const LABEL_IDS: readonly LabelId[] = [...FACET_IDS, ...TONE_IDS];

export type CorpusPart = 'tuning' | 'held-out';

export interface CorpusEmail {
  file: string;
  register: string;
  labels: ReadonlySet<LabelId>;
  note: string;
  text: string;
}

const ROOT = import.meta.dirname;

function labelList(value: string, allowed: readonly string[], file: string): string[] {
  if (value === 'none') return [];
  const labels = value.split(',').map((label) => label.trim());
  for (const label of labels) if (!allowed.includes(label)) throw new Error(`${file}: unknown label "${label}"`);
  return labels;
}

function parse(file: string, source: string): CorpusEmail {
  const match = /^---\n([^]*?)\n---\n([^]*)$/.exec(source);
  if (!match) throw new Error(`${file}: no header`);
  const head = new Map<string, string>();
  for (const line of (match[1] ?? '').split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) head.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const covers = head.get('covers');
  const tone = head.get('tone');
  if (covers === undefined || tone === undefined) throw new Error(`${file}: covers and tone are both required`);
  return {
    file,
    register: head.get('register') ?? '',
    labels: new Set([...labelList(covers, FACET_IDS, file), ...labelList(tone, TONE_IDS, file)] as LabelId[]),
    note: head.get('note') ?? '',
    text: (match[2] ?? '').replace(/\n$/, ''),
  };
}

export function loadCorpus(part: CorpusPart): CorpusEmail[] {
  const dir = join(ROOT, part);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => parse(`${part}/${name}`, readFileSync(join(dir, name), 'utf8')));
}

/** What the coach says about one email, as labels. */
export function predictedLabels(text: string): Set<LabelId> {
  const analysis = analyzeDraft(text);
  const found = new Set<LabelId>(analysis.coverage.filter((facet) => facet.covered).map((facet) => facet.id));
  for (const finding of analysis.findings) if ((TONE_IDS as readonly string[]).includes(finding.id)) found.add(finding.id as ToneId);
  return found;
}

export interface LabelScore {
  label: LabelId;
  positives: number;
  negatives: number;
  truePositives: number;
  trueNegatives: number;
  /** (hit rate + correct-silence rate) / 2; a side with no examples counts as perfect. */
  balancedAccuracy: number;
  /** Share of negatives the coach flagged anyway. */
  falseAlarmRate: number;
}

export interface Miss {
  file: string;
  label: LabelId;
  kind: 'missed' | 'false alarm';
  note: string;
}

export interface CorpusScore {
  labels: LabelScore[];
  meanBalancedAccuracy: number;
  misses: Miss[];
}

export function scoreCorpus(emails: readonly CorpusEmail[], predict: (text: string) => ReadonlySet<LabelId> = predictedLabels): CorpusScore {
  const counts = new Map(LABEL_IDS.map((label) => [label, { positives: 0, negatives: 0, truePositives: 0, trueNegatives: 0 }]));
  const misses: Miss[] = [];
  for (const email of emails) {
    const predicted = predict(email.text);
    for (const label of LABEL_IDS) {
      const count = counts.get(label);
      if (!count) continue;
      const expected = email.labels.has(label);
      const said = predicted.has(label);
      if (expected) count.positives++;
      else count.negatives++;
      if (expected && said) count.truePositives++;
      else if (!expected && !said) count.trueNegatives++;
      else misses.push({ file: email.file, label, kind: expected ? 'missed' : 'false alarm', note: email.note });
    }
  }
  const labels = LABEL_IDS.map((label): LabelScore => {
    const c = counts.get(label) ?? { positives: 0, negatives: 0, truePositives: 0, trueNegatives: 0 };
    const hit = c.positives === 0 ? 1 : c.truePositives / c.positives;
    const silent = c.negatives === 0 ? 1 : c.trueNegatives / c.negatives;
    return { label, ...c, balancedAccuracy: (hit + silent) / 2, falseAlarmRate: 1 - silent };
  });
  const meanBalancedAccuracy = labels.reduce((sum, score) => sum + score.balancedAccuracy, 0) / labels.length;
  return { labels, meanBalancedAccuracy, misses };
}
