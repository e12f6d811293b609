import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { dispatch } from '../../src/background/dispatch';
import { openPitchDB } from '../../src/storage/open';
import type { PitchDB } from '../../src/storage/schema';
import { seedStarterIfNew } from '../../src/storage/starter';
import type { PitchPoint } from '../../src/core/point';
import type { Reply, ResponseOf } from '../../src/shared/messages';
import type { ViewNode } from '../../src/shared/view-node';
import { MAX_CHARS } from '../../src/core/coach/draft-tree';
import { countWords } from '../../src/core/coach/text';

let db: IDBPDatabase<PitchDB>;
let name = 0;
const NOW = Date.UTC(2026, 10, 25);

beforeEach(async () => {
  db = await openPitchDB(`coach-${++name}`);
  await seedStarterIfNew(db, NOW);
});
afterEach(() => db.close());

const fromMailPage = (message: Record<string, unknown>) => dispatch(async () => db, { type: 'coach/analyze', ...message }, NOW, 'content-script');

async function coach(message: Record<string, unknown>): Promise<ResponseOf<'coach/analyze'>> {
  const reply: Reply<unknown> = await fromMailPage(message);
  if (!reply.ok) throw new Error(`expected ok, got ${reply.error}`);
  return reply.value as ResponseOf<'coach/analyze'>;
}

const coveredIds = (answer: ResponseOf<'coach/analyze'>) => answer.analysis.coverage.filter((facet) => facet.covered).map((facet) => facet.id);

/** Every element of a view with the given attribute value. */
function findAll(node: ViewNode, name: string, value?: string): Extract<ViewNode, unknown[]>[] {
  if (typeof node === 'string') return [];
  const [, attributes, ...children] = node;
  const here = name in attributes && (value === undefined || attributes[name] === value) ? [node] : [];
  return [...here, ...children.flatMap((child) => findAll(child, name, value))];
}

const textOf = (node: ViewNode): string => (typeof node === 'string' ? node : node.slice(2).map((child) => textOf(child as ViewNode)).join(''));

const SCHEDULE = "Hi Sam,\n\nI'd like to work from home on Tuesdays and Thursdays.";

describe('coach/analyze in the service worker', () => {
  it('answers a mail page with the analysis and the badge, and nothing it did not ask for', async () => {
    const answer = await coach({ text: SCHEDULE });
    expect(coveredIds(answer)).toEqual(['schedule']);
    expect(answer.badge?.text).toBe('1/8');
    expect(answer.badge?.spoken).toMatch(/1 of 8/);
    expect(answer.order).toBeUndefined();
    expect(answer.view).toBeUndefined();
  });

  it('reads the draft as the page sent it, with the quoted reply already left out and the stop mark honoured', async () => {
    const draft = [['DIV', '', 'Thanks, see you then.'], 0, ['DIV', '', "I'd like to work from home on Tuesdays and Thursdays."]];
    const answer = await coach({ draft });
    expect(coveredIds(answer)).toEqual([]);
    expect(answer.analysis.wordCount).toBe(4);
    const hiddenByStyle = await coach({ draft: [['DIV', 'display: none', 'Tuesdays and Thursdays from home'], 'Hello'] });
    expect(coveredIds(hiddenByStyle)).toEqual([]);
  });

  it('shows no badge for an empty draft', async () => {
    expect((await coach({ draft: [['DIV', '', ['BR', '']]] })).badge).toBeNull();
  });

  it('ranks points that fill a gap first and points already inserted last', async () => {
    const points = (await dispatch(async () => db, { type: 'points/list' }, NOW, 'extension-page')) as { ok: true; value: PitchPoint[] };
    const byId = new Map(points.value.map((point) => [point.id, point]));
    const indicatorPoints = points.value.filter((point) => point.category === 'performance-indicator');
    const inserted = indicatorPoints[0];
    if (!inserted) throw new Error('the starter library has no indicator point');

    const answer = await coach({ text: SCHEDULE, rank: true, insertedIds: [inserted.id] });
    const order = answer.order ?? [];
    expect(order).toHaveLength(points.value.length);
    expect(byId.get(order[0] ?? '')?.category).not.toBe('my-motivation');
    expect(order.at(-1)).toBe(inserted.id);
    const firstMotivation = order.findIndex((id) => byId.get(id)?.category === 'my-motivation');
    const otherIndicator = order.findIndex((id) => byId.get(id)?.category === 'performance-indicator');
    expect(otherIndicator).toBeLessThan(firstMotivation);
  });

  it('leaves dismissed findings out of the list and the score', async () => {
    const text = `${SCHEDULE} If this is not possible, I will have to look for another job.`;
    const shown = await coach({ text });
    expect(shown.analysis.findings.map((finding) => finding.id)).toContain('ultimatum');
    // A finding id this release does not know (a page open since an update) is passed over.
    const dismissed = await coach({ text, dismissed: ['ultimatum', 'not-a-finding'] });
    expect(dismissed.analysis.findings.map((finding) => finding.id)).not.toContain('ultimatum');
    expect(dismissed.analysis.score).toBeGreaterThan(shown.analysis.score);
  });

  it('draws the section with its test hooks when asked for the view', async () => {
    const text = `${SCHEDULE} If this is not possible, I will have to look for another job.`;
    const { view, analysis } = await coach({ text, view: true });
    if (!view) throw new Error('no view');
    const facets = findAll(view, 'data-testid', 'rp-facet');
    expect(facets.map((facet) => [facet[1]['data-facet'], facet[1]['data-covered']])).toEqual(
      analysis.coverage.map((facet) => [facet.id, String(facet.covered)]),
    );
    expect(findAll(view, 'data-finding-id').map((finding) => finding[1]['data-finding-id'])).toContain('ultimatum');
    expect(findAll(view, 'data-testid', 'rp-score').map(textOf)).toEqual([String(analysis.score)]);
  });

  it('refuses a request of the wrong shape, reads draft nodes it does not know as nothing, and cuts an endless draft', async () => {
    expect(await fromMailPage({ text: 42 })).toEqual({ ok: false, error: "Can't do 'coach/analyze': text: expected text but found the number 42" });
    expect(await fromMailPage({ draft: 'not a tree' })).toMatchObject({ ok: false, error: expect.stringContaining('draft: expected a list of draft nodes') });
    expect(await fromMailPage({ text: 'Hi', dismissed: ['ultimatum', 7] })).toMatchObject({ ok: false, error: expect.stringContaining('dismissed[1]') });
    expect((await coach({ draft: [{ tag: 'DIV' }, ['DIV', '', 'Hello ', ['B', 7, 'there']]] })).analysis.wordCount).toBe(2);
    const long = `${'Tuesdays and Thursdays from home. '.repeat(5000)}`;
    const answer = await coach({ text: long });
    expect(answer.analysis.wordCount).toBe(countWords(long.slice(0, MAX_CHARS)));
  });
});

const ULTIMATUM_DRAFT = [['DIV', null, "I'd like to work from home on Fridays."], ['DIV', null, 'If not, ', ['B', null, "I'll have to look"], ' for another job.']];

describe('what the coach offers to fix', () => {
  it('offers better phrasings for a tone finding, placed on its sentence among the strings the page sent', async () => {
    const { view } = await coach({ draft: ULTIMATUM_DRAFT, view: true });
    if (!view) throw new Error('no view');
    const [ultimatum] = findAll(view, 'data-finding-id', 'ultimatum');
    if (!ultimatum) throw new Error('no ultimatum finding');
    const fixes = findAll(ultimatum, 'data-testid', 'rp-fix');
    expect(fixes.length).toBeGreaterThanOrEqual(1);
    expect(fixes.length).toBeLessThanOrEqual(2);
    for (const fix of fixes) {
      // The second line's first string ("If not, ") to the end of its last (" for another job.").
      expect(JSON.parse(fix[1]['data-fix'] as string)).toEqual({ start: { path: [1, 0], offset: 0 }, end: { path: [1, 2], offset: 17 } });
      expect(fix[1]['data-text']).toMatch(/trial|review/i);
      expect(textOf(fix)).toContain(fix[1]['data-text'] as string);
    }
  });

  it('fills the phrasings with the user\'s fill-ins, and with words that read well without them', async () => {
    const plain = await coach({ draft: ULTIMATUM_DRAFT });
    const [without] = plain.analysis.findings.filter((finding) => finding.id === 'ultimatum');
    expect(without?.fixes.join(' ')).not.toMatch(/[{}]/);
    await dispatch(async () => db, { type: 'profile/update', values: { trialWeeks: '8' } }, NOW, 'extension-page');
    const filled = await coach({ draft: ULTIMATUM_DRAFT, view: true });
    expect(filled.analysis.findings.find((finding) => finding.id === 'ultimatum')?.fixes.join(' ')).toMatch(/\b8 weeks|8-week/);
  });

  it('gives plain text no places to replace, and its phrasings as text', async () => {
    const { view } = await coach({ text: "I'd like Fridays at home. If not, I'll have to look for another job.", view: true });
    if (!view) throw new Error('no view');
    expect(findAll(view, 'data-testid', 'rp-fix')).toEqual([]);
    expect(findAll(view, 'class', 'fix rp-fix-text').length).toBeGreaterThan(0);
  });

  it('offers, for each missing facet, the best point of the library, and nothing for what is covered', async () => {
    const { view, analysis } = await coach({ text: SCHEDULE, view: true });
    if (!view) throw new Error('no view');
    const points = (await dispatch(async () => db, { type: 'points/list' }, NOW, 'extension-page')) as { ok: true; value: PitchPoint[] };
    const byId = new Map(points.value.map((point) => [point.id, point]));
    const offered = new Map(findAll(view, 'data-testid', 'rp-facet').map((facet) => [facet[1]['data-facet'], findAll(facet, 'data-testid', 'rp-facet-point')[0]?.[1]['data-pick']]));
    expect(offered.get('schedule')).toBeUndefined();
    expect(byId.get(offered.get('trial') as string)?.category).toBe('sweetener');
    expect(byId.get(offered.get('indicator') as string)?.category).toBe('performance-indicator');
    expect(byId.get(offered.get('communication') as string)?.category).toBe('communication');
    // No starter point asks for a meeting; a facet no point fills offers nothing.
    expect(analysis.coverage.find((facet) => facet.id === 'next-step')?.covered).toBe(false);
    expect(offered.get('next-step')).toBeUndefined();
  });

  it('finds a point for the schedule or the next step by its words, whatever its category', async () => {
    const created = await dispatch(async () => db, { type: 'points/create', point: { category: 'objection-answer', title: 'Ask for a slot', text: 'Could we find 20 minutes this week to talk it through?' } }, NOW, 'extension-page');
    if (!created.ok) throw new Error(created.error);
    const { view } = await coach({ text: SCHEDULE, view: true });
    if (!view) throw new Error('no view');
    const [nextStep] = findAll(view, 'data-facet', 'next-step');
    expect(findAll(nextStep ?? ['li', {}], 'data-pick')[0]?.[1]['data-pick']).toBe((created.value as PitchPoint).id);
  });
});
