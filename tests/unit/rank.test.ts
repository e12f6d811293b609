import { describe, expect, it } from 'vitest';
import type { CategoryId } from '../../src/core/categories';
import { FACET_IDS } from '../../src/core/coach/rules';
import { analyzeDraft, facetsInWords, type DraftAnalysis, type FacetId } from '../../src/core/coach/analyze';
import { createPoint, type PitchPoint } from '../../src/core/point';
import { CATEGORY_FACETS, pointsForGaps, rankSuggestions } from '../../src/core/coach/rank';

function point(id: string, category: CategoryId, extra: Partial<Pick<PitchPoint, 'order' | 'usedCount'>> = {}): PitchPoint {
  const made = createPoint({ id, category, title: id, text: `Text of ${id}`, order: extra.order ?? 0 }, 1_700_000_000_000);
  return { ...made, usedCount: extra.usedCount ?? 0 };
}

/** An analysis where exactly the listed facets are covered. */
function coveredOnly(...covered: FacetId[]): Pick<DraftAnalysis, 'coverage'> {
  return { coverage: FACET_IDS.map((id) => ({ id, covered: covered.includes(id), evidence: [] })) };
}

const ids = (points: readonly PitchPoint[]) => points.map((p) => p.id);

describe('rankSuggestions', () => {
  const library = [
    point('setup-room', 'setup'),
    point('motive', 'my-motivation'),
    point('comm-hours', 'communication'),
    point('record', 'track-record'),
    point('indicator-a', 'performance-indicator'),
    point('boss-gain', 'boss-motivation'),
    point('trial', 'sweetener'),
    point('objection', 'objection-answer'),
  ];

  it('puts points that fill an uncovered facet first, then the rest in framework order', () => {
    const ranked = rankSuggestions(library, coveredOnly('business-benefit', 'track-record', 'trial', 'sweetener'));
    expect(ids(ranked)).toEqual(['indicator-a', 'comm-hours', 'motive', 'boss-gain', 'trial', 'objection', 'record', 'setup-room']);
  });

  it('follows what the draft actually lacks: an indicator draft no longer gets indicator points first', () => {
    const withIndicator = analyzeDraft('Hi Sam, we could judge it on tickets resolved per week.');
    const without = analyzeDraft('Hi Sam, I would like to work from home on Fridays.');
    expect(ids(rankSuggestions(library, without)).indexOf('indicator-a')).toBeLessThan(ids(rankSuggestions(library, without)).indexOf('motive'));
    expect(ids(rankSuggestions(library, withIndicator)).indexOf('indicator-a')).toBeGreaterThan(ids(rankSuggestions(library, withIndicator)).indexOf('boss-gain'));
  });

  it('puts points already inserted into this draft last, even when they fill a gap', () => {
    const ranked = rankSuggestions(library, coveredOnly(), { insertedIds: new Set(['indicator-a', 'boss-gain']) });
    expect(ids(ranked).slice(-2)).toEqual(['boss-gain', 'indicator-a']);
    expect(ids(rankSuggestions(library, coveredOnly(), { insertedIds: ['indicator-a'] })).at(-1)).toBe('indicator-a');
  });

  it('orders within a category by the user order, then by use, then by id', () => {
    const points = [
      point('c', 'communication', { order: 1, usedCount: 0 }),
      point('b', 'communication', { order: 0, usedCount: 1 }),
      point('a', 'communication', { order: 0, usedCount: 1 }),
      point('d', 'communication', { order: 0, usedCount: 7 }),
    ];
    expect(ids(rankSuggestions(points, coveredOnly()))).toEqual(['d', 'a', 'b', 'c']);
  });

  it('gives the same order for the same input whatever order the points arrive in', () => {
    const shuffled = [...library].reverse();
    const analysis = coveredOnly('indicator');
    expect(ids(rankSuggestions(shuffled, analysis))).toEqual(ids(rankSuggestions(library, analysis)));
  });

  it('does not change the points it is given', () => {
    const input = [point('z', 'setup'), point('y', 'performance-indicator')];
    const before = structuredClone(input);
    const ranked = rankSuggestions(input, coveredOnly(), { insertedIds: ['y'] });
    expect(input).toEqual(before);
    expect(ranked).not.toBe(input);
  });

  it('maps sweeteners to both the trial and the sweetener facet, and setup to none', () => {
    expect(CATEGORY_FACETS.sweetener).toEqual(['trial', 'sweetener']);
    expect(CATEGORY_FACETS.setup).toEqual([]);
    const ranked = rankSuggestions([point('setup-room', 'setup'), point('trial', 'sweetener')], coveredOnly('sweetener'));
    expect(ids(ranked)).toEqual(['trial', 'setup-room']);
  });

  it('handles an empty library', () => {
    expect(rankSuggestions([], coveredOnly())).toEqual([]);
  });
});

describe('pointsForGaps', () => {
  const worded = (id: string, category: CategoryId, text: string): PitchPoint => ({ ...point(id, category), text });
  const library = [
    worded('trial', 'sweetener', 'A six-week trial, reviewed together at the end.'),
    worded('days', 'my-motivation', "I'd like to work from home on Tuesdays and Thursdays."),
    worded('meet', 'communication', 'Could we find 20 minutes this week to talk it through?'),
    worded('plain', 'setup', 'A quiet room with a door that closes.'),
  ];

  it('offers, for each gap of an empty draft, the first ranked point that fills it by category or by its words', () => {
    const found = pointsForGaps(library, analyzeDraft(''), { wordsOf: (p) => facetsInWords(p.text) });
    expect(found.trial?.id).toBe('trial');
    expect(found.sweetener?.id).toBe('trial');
    expect(found.communication?.id).toBe('meet');
    expect(found['next-step']?.id).toBe('meet');
    expect(found.schedule?.id).toBe('days');
  });

  it('asks a point\'s words only about the two facets no category fills, and only while one is still a gap', () => {
    const asked: [string, FacetId][] = [];
    const wordsOf = (p: PitchPoint) => {
      const shown = facetsInWords(p.text);
      return { has: (facet: FacetId) => (asked.push([p.id, facet]), shown.has(facet)) };
    };
    pointsForGaps(library, coveredOnly('next-step'), { wordsOf });
    expect(new Set(asked.map(([, facet]) => facet))).toEqual(new Set(['schedule']));
    asked.length = 0;
    pointsForGaps(library, coveredOnly('schedule', 'next-step'), { wordsOf });
    expect(asked).toEqual([]);
  });
});
